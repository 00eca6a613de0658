package vn.dost.registry.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dost.registry.registry.RegistrationDraft;
import vn.dost.registry.registry.RegistrationType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a row of an import file: dates, enum words, lists, and the CSV dialects
 * departments send.
 */
class ImportRowTests {

	@Test
	void readsDayFirstAndIsoDatesAndRefusesImpossibleOnes() {
		assertThat(ImportRow.parseDate("05/06/2019")).isEqualTo(LocalDate.of(2019, 6, 5));
		assertThat(ImportRow.parseDate("5/6/2019")).isEqualTo(LocalDate.of(2019, 6, 5));
		assertThat(ImportRow.parseDate("05.06.2019")).isEqualTo(LocalDate.of(2019, 6, 5));
		assertThat(ImportRow.parseDate("2019-06-05")).isEqualTo(LocalDate.of(2019, 6, 5));
		assertThat(ImportRow.parseDate("2019-06-05T00:00:00")).isEqualTo(LocalDate.of(2019, 6, 5));
		assertThat(ImportRow.parseDate("31/02/2019")).isNull();
		assertThat(ImportRow.parseDate("June 2019")).isNull();
	}

	@Test
	void readsVietnameseTypeWordsPartialGrantDatesAndNiceClasses() {
		ImportRow row = ImportRow.of(new TableRow(7, Map.of("type", "Nhãn hiệu tập thể", "name", "Gạo", "grantDate",
				"03/2018", "niceClasses", "30; 31", "public", "có"), false));
		RegistrationDraft draft = row.draft("holder-1");
		assertThat(row.errors()).isEmpty();
		assertThat(draft.type()).isEqualTo(RegistrationType.COLLECTIVE_MARK);
		assertThat(draft.grantDatePartial()).isEqualTo("2018-03");
		assertThat(draft.niceClasses()).containsExactly(30, 31);
		assertThat(draft.publicListing()).isTrue();
		assertThat(draft.holderId()).isEqualTo("holder-1");
	}

	@Test
	void listsEveryUnreadableCellOfARowByColumn() {
		ImportRow row = ImportRow.of(new TableRow(4,
				Map.of("type", "patent", "filingDate", "hôm qua", "status", "DONE", "public", "maybe"), true));
		assertThat(row.errors()).extracting(ImportReport.RowError::field)
			.containsExactlyInAnyOrder("type", "filingDate", "status", "public", "");
		assertThat(row.errors()).allSatisfy(error -> assertThat(error.row()).isEqualTo(4));
	}

	@Test
	void readsSemicolonAndCommaCsvWithOrWithoutBomAlike() throws IOException {
		String comma = "type,name,niceClasses\r\nCOLLECTIVE_MARK,\"Bưởi, da xanh\",\"29; 31\"\r\n";
		String semicolon = "\uFEFFtype;name;niceClasses\nCOLLECTIVE_MARK;Bưởi, da xanh;29, 31\n";
		for (String text : List.of(comma, semicolon)) {
			try (CsvTable table = CsvTable.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
				assertThat(table.header()).containsExactly("type", "name", "niceClasses");
				List<TableRow> rows = new ArrayList<>();
				table.rows(table.header()).forEachRemaining(rows::add);
				assertThat(rows).singleElement().satisfies(row -> {
					assertThat(row.line()).isEqualTo(2);
					assertThat(row.value("name")).isEqualTo("Bưởi, da xanh");
					assertThat(ImportRow.of(row).draft(null).niceClasses()).containsExactly(29, 31);
				});
			}
		}
	}

	@Test
	void mapsVietnameseHeadersAndRefusesUnknownOnes() {
		ImportColumns.Header header = ImportColumns
			.resolve(List.of("STT", "LOẠI VĂN BẰNG", "tên", "Ngay nop don", "Màu sắc"));
		assertThat(header.columns()).containsExactly(null, "type", "name", "filingDate", null);
		assertThat(header.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(1);
			assertThat(error.field()).isEqualTo("Màu sắc");
		});
	}

}
