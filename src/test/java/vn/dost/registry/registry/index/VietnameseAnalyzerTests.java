package vn.dost.registry.registry.index;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseAnalyzerTests {

	@Test
	void foldsCapitalsMarksAndDToPlainLowerCaseWords() throws IOException {
		assertThat(words("ĐĂK LĂK")).containsExactly("dak", "lak");
		assertThat(words("Sầu riêng Khánh Sơn")).containsExactly("sau", "rieng", "khanh", "son");
		assertThat(words("Dừa xiêm Ninh Đa")).containsExactly("dua", "xiem", "ninh", "da");
	}

	@Test
	void keepsWordsWholeWhenTheTextIsDecomposed() throws IOException {
		String decomposed = Normalizer.normalize("Buôn Ma Thuột", Normalizer.Form.NFD);
		assertThat(words(decomposed)).containsExactly("buon", "ma", "thuot");
	}

	@Test
	void splitsNumbersAndPunctuationIntoWords() throws IOException {
		assertThat(words("6-2017-00012")).containsExactly("6", "2017", "00012");
		assertThat(words("{\"$gt\":\"\"} (AND) .*")).containsExactly("gt", "and");
		assertThat(words("..,;*")).isEmpty();
	}

	private static List<String> words(String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (VietnameseAnalyzer analyzer = new VietnameseAnalyzer();
				TokenStream tokens = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		return words;
	}

}
