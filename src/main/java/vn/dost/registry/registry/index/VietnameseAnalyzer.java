package vn.dost.registry.registry.index;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

import vn.dost.registry.shared.VietnameseText;

/**
 * Splits text into words at anything that is not a letter or digit and folds each word
 * the way {@link VietnameseText#fold} does: lower case, no tone or vowel marks, {@code đ}
 * as {@code d}. Used for indexing and for every query, so {@code ĐĂK LĂK},
 * {@code dak lak} and {@code Đắk Lắk} are the same words.
 */
public final class VietnameseAnalyzer extends Analyzer {

	/**
	 * Longer runs of letters are cut into words of this length, as in the index so in
	 * queries.
	 */
	static final int MAX_WORD = 64;

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer words = CharTokenizer.fromTokenCharPredicate(VietnameseAnalyzer::inWord);
		return new TokenStreamComponents(words, new FoldingFilter(words));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new FoldingFilter(in);
	}

	/**
	 * Letters, digits, and combining marks (text in NFD keeps its marks inside the word).
	 */
	private static boolean inWord(int c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	/** Folds each word in place. */
	private static final class FoldingFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		FoldingFilter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			String folded = VietnameseText.fold(this.term.toString());
			if (folded.length() > MAX_WORD) {
				folded = folded.substring(0, MAX_WORD);
			}
			this.term.setEmpty().append(folded);
			return true;
		}

	}

}
