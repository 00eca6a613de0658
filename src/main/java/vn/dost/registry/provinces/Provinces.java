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

import vn.dost.registry.shared.VietnameseText;

/**
 * The provinces before and after the merger of 1 July 2025: a title keeps the province
 * named on its certificate and is also counted under the 2025 province that now covers
 * it.
 */
@Component
public class Provinces {

	private static final List<String> PREFIXES = List.of("thanh pho ", "tinh ", "tp. ", "tp.", "tp ");

	/** Former (63) province name → the 2025 province covering it. */
	private final Map<String, String> currentByFormer;

	/** 2025 province name → the former provinces it covers. */
	private final Map<String, Set<String>> formerByCurrent;

	/** Folded spelling of every known name → its canonical spelling. */
	private final Map<String, String> canonical = new LinkedHashMap<>();

	public Provinces() {
		this(new ClassPathResource("provinces/provinces-2025.csv"));
	}

	Provinces(ClassPathResource table) {
		Map<String, String> current = new LinkedHashMap<>();
		Map<String, Set<String>> former = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(table.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
				String[] columns = line.split(",", -1);
				String now = VietnameseText.clean(columns[0]);
				String before = VietnameseText.clean(columns[1]);
				current.put(before, now);
				former.computeIfAbsent(now, key -> new LinkedHashSet<>()).add(before);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.currentByFormer = Collections.unmodifiableMap(current);
		this.formerByCurrent = Collections.unmodifiableMap(former);
		current.keySet().forEach(name -> this.canonical.put(VietnameseText.fold(name), name));
		former.keySet().forEach(name -> this.canonical.put(VietnameseText.fold(name), name));
	}

	/**
	 * The canonical spelling of a province name, former or current, accepting any case,
	 * missing diacritics and a leading "tỉnh" / "thành phố".
	 */
	public Optional<String> canonicalName(String name) {
		String folded = VietnameseText.fold(name);
		for (String prefix : PREFIXES) {
			if (folded.startsWith(prefix) && !this.canonical.containsKey(folded)) {
				folded = folded.substring(prefix.length()).strip();
			}
		}
		return Optional.ofNullable(this.canonical.get(folded));
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
