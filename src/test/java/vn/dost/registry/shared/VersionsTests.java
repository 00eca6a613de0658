package vn.dost.registry.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code If-Match} compared as RFC 9110 §13.1.1 says, against the stored version 3. */
class VersionsTests {

	private static final Long STORED = 3L;

	@Test
	void matchesTheStoredVersionQuoted() {
		assertThatCode(() -> Versions.requireMatch("\"3\"", STORED)).doesNotThrowAnyException();
		assertThatCode(() -> Versions.requireMatch("  \"3\" ", STORED)).doesNotThrowAnyException();
	}

	@Test
	void refusesAnotherVersion() {
		assertThatThrownBy(() -> Versions.requireMatch("\"2\"", STORED)).isInstanceOf(StaleVersion.class);
	}

	@Test
	void neverMatchesAWeakTagBecauseTheComparisonIsStrong() {
		assertThatThrownBy(() -> Versions.requireMatch("W/\"3\"", STORED)).isInstanceOf(StaleVersion.class);
	}

	@Test
	void matchesAnyVersionWithAStar() {
		assertThatCode(() -> Versions.requireMatch("*", STORED)).doesNotThrowAnyException();
		assertThatCode(() -> Versions.requireMatch("*", null)).doesNotThrowAnyException();
	}

	@Test
	void takesNeitherAWeakNorAQuotedStarForTheWildcard() {
		assertThatThrownBy(() -> Versions.requireMatch("W/\"*\"", STORED)).isInstanceOf(StaleVersion.class);
		assertThatThrownBy(() -> Versions.requireMatch("\"*\"", STORED)).isInstanceOf(StaleVersion.class);
	}

	@Test
	void matchesAListThatHoldsTheStoredVersion() {
		assertThatCode(() -> Versions.requireMatch("\"1\", \"3\"", STORED)).doesNotThrowAnyException();
		assertThatCode(() -> Versions.requireMatch("W/\"2\",\"3\"", STORED)).doesNotThrowAnyException();
		assertThatCode(() -> Versions.requireMatch("\"3\",", STORED)).doesNotThrowAnyException();
		assertThatThrownBy(() -> Versions.requireMatch("\"1\", W/\"3\"", STORED)).isInstanceOf(StaleVersion.class);
	}

	@Test
	void refusesWhatIsNotAnEntityTagAsInvalidInput() {
		for (String malformed : new String[] { "3", "\"3", "3\"", "W/3", "*, \"3\"", "\"3\" \"4\"", "\"3\";x",
				"\"a b\"", ",,", "w/\"3\"" }) {
			assertThatThrownBy(() -> Versions.requireMatch(malformed, STORED)).as(malformed)
				.isInstanceOfSatisfying(InvalidInput.class,
						ex -> assertThat(ex.violations()).extracting(FieldViolation::field)
							.containsExactly("If-Match"));
		}
	}

	@Test
	void asksForTheHeaderWhenItIsMissing() {
		assertThatThrownBy(() -> Versions.requireMatch(null, STORED)).isInstanceOf(PreconditionRequired.class);
		assertThatThrownBy(() -> Versions.requireMatch(" ", STORED)).isInstanceOf(PreconditionRequired.class);
	}

	@Test
	void answersTheVersionAsAStrongTag() {
		assertThat(Versions.etag(3L)).isEqualTo("\"3\"");
		assertThat(Versions.etag(null)).isEqualTo("\"0\"");
	}

}
