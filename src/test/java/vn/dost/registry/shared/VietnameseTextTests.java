package vn.dost.registry.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void cleansToNfcWithoutSurroundingSpace() {
		String nfd = Normalizer.normalize("  Sầu riêng Khánh Sơn ", Normalizer.Form.NFD);
		assertThat(VietnameseText.clean(nfd)).isEqualTo("Sầu riêng Khánh Sơn");
		assertThat(VietnameseText.clean("   ")).isNull();
		assertThat(VietnameseText.clean(null)).isNull();
	}

	@Test
	void foldsDiacriticsCaseAndDStroke() {
		assertThat(VietnameseText.fold("Sầu riêng  Khánh Sơn")).isEqualTo("sau rieng khanh son");
		assertThat(VietnameseText.fold("Dừa xiêm Ninh Đa")).isEqualTo("dua xiem ninh da");
		assertThat(VietnameseText.fold("ĐĂK LĂK")).isEqualTo("dak lak");
		assertThat(VietnameseText.fold(Normalizer.normalize("Buôn Ma Thuột", Normalizer.Form.NFD)))
			.isEqualTo("buon ma thuot");
	}

	@Test
	void sortsInVietnameseAlphabeticalOrder() {
		List<String> expected = List.of("An", "Ăn", "Âm", "Ba", "Dừa", "Đu đủ", "Ơn", "Ưu");
		List<String> shuffled = new ArrayList<>(expected);
		Collections.reverse(shuffled);
		shuffled.sort(Comparator.comparing(VietnameseText::collationKey));
		assertThat(shuffled).containsExactlyElementsOf(expected);
	}

	@Test
	void sortsTonesAfterLetters() {
		List<String> words = new ArrayList<>(List.of("mả", "ma", "mạ", "mà", "má", "mã"));
		words.sort(Comparator.comparing(VietnameseText::collationKey));
		assertThat(words.get(0)).isEqualTo("ma");
		assertThat(VietnameseText.collationKey("mà").compareTo(VietnameseText.collationKey("mb"))).isNegative();
	}

	@Test
	void makesKeysOnManyNonBlockingThreadsAtOnceWithoutWaiting() {
		String expected = VietnameseText.collationKey("Sầu riêng Khánh Sơn");
		reactor.core.publisher.Flux.range(0, 4_000)
			.parallel(8)
			.runOn(reactor.core.scheduler.Schedulers.parallel())
			.map(i -> VietnameseText.collationKey("Sầu riêng Khánh Sơn"))
			.sequential()
			.filter(key -> !key.equals(expected))
			.count()
			.as(reactor.test.StepVerifier::create)
			.expectNext(0L)
			.verifyComplete();
	}

	@Test
	void givesTheSameKeyToNfcAndNfd() {
		String nfc = "Đu đủ";
		assertThat(VietnameseText.collationKey(Normalizer.normalize(nfc, Normalizer.Form.NFD)))
			.isEqualTo(VietnameseText.collationKey(nfc));
	}

}
