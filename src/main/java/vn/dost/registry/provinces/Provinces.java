package vn.dost.registry.provinces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.dost.registry.shared.FieldViolation;
import vn.dost.registry.shared.InvalidInput;
import vn.dost.registry.shared.VietnameseText;

/**
 * The provinces before and after the merger of 1 July 2025: a title keeps the province
 * named on its certificate and is also counted under the 2025 province that now covers
 * it.
 */
@Component
public class Provinces {

	/** Former (63) province name → the 2025 province covering it. */
	private final Map<String, String> currentByFormer;

	/** 2025 province name → the former provinces it covers. */
	private final Map<String, Set<String>> formerByCurrent;

	private final ProvinceSpellings spellings;

	public Provinces() {
		this(new ClassPathResource("provinces/provinces-2025.csv"), new ClassPathResource("provinces/aliases.csv"));
	}

	Provinces(ClassPathResource table, ClassPathResource aliases) {
		Map<String, String> current = new LinkedHashMap<>();
		Map<String, Set<String>> former = new LinkedHashMap<>();
		rows(table).forEach(columns -> {
			String now = VietnameseText.clean(columns[0]);
			String before = VietnameseText.clean(columns[1]);
			current.put(before, now);
			former.computeIfAbsent(now, key -> new LinkedHashSet<>()).add(before);
		});
		this.currentByFormer = Collections.unmodifiableMap(current);
		this.formerByCurrent = Collections.unmodifiableMap(former);
		Set<String> names = new LinkedHashSet<>(current.keySet());
		names.addAll(former.keySet());
		Map<String, String> spelledAs = new LinkedHashMap<>();
		rows(aliases).forEach(columns -> spelledAs.put(columns[0], VietnameseText.clean(columns[1])));
		this.spellings = new ProvinceSpellings(names, spelledAs);
	}

	/** The data rows of a table: after its header, without blank and {@code #} lines. */
	private static List<String[]> rows(ClassPathResource table) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(table.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.skip(1)
				.map(line -> line.split(",", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The canonical spelling of a province name, former or current, as people type it:
	 * any case, with or without diacritics, dashes or spaces, a leading "tỉnh" / "thành
	 * phố" / "TP", or one of the other spellings of {@code provinces/aliases.csv}
	 * ("TP.HCM", "Đắc Lắc").
	 */
	public Optional<String> canonicalName(String name) {
		return this.spellings.find(name);
	}

	/**
	 * The canonical spelling of a province name, or {@link InvalidInput} on the field
	 * saying it is unknown.
	 */
	public String require(String name, String field) {
		return canonicalName(name).orElseThrow(() -> new InvalidInput(List.of(unknown(field, name))));
	}

	/**
	 * The violation of a field naming no known province, suggesting the nearest name when
	 * one is a letter or two away.
	 */
	public FieldViolation unknown(String field, String name) {
		return this.spellings.nearest(name)
			.map(nearest -> new FieldViolation(field, "validation.provinceNearest", name, nearest))
			.orElseGet(() -> new FieldViolation(field, "validation.province", name));
	}

	/** The 2025 province that covers a former or current province name. */
	public Optional<String> currentOf(String name) {
		return canonicalName(name).map(known -> this.currentByFormer.getOrDefault(known, known));
	}

	/** Whether the name is one of the 34 provinces in force since 1 July 2025. */
	public boolean isCurrent(String name) {
		return canonicalName(name).map(this.formerByCurrent::containsKey).orElse(false);
	}

	/**
	 * The former provinces covered by a 2025 province (itself included when it kept its
	 * name).
	 */
	public Set<String> formerProvincesOf(String current) {
		return canonicalName(current).map(known -> this.formerByCurrent.getOrDefault(known, Set.of())).orElse(Set.of());
	}

	public Set<String> currentProvinces() {
		return this.formerByCurrent.keySet();
	}

	public Set<String> formerProvinces() {
		return this.currentByFormer.keySet();
	}

}
