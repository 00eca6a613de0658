package vn.dost.registry.deadlines.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dost.registry.deadlines.DeadlineCalendar;
import vn.dost.registry.deadlines.DeadlineDigest;
import vn.dost.registry.deadlines.DeadlineList;
import vn.dost.registry.deadlines.Deadlines;
import vn.dost.registry.security.CurrentActor;
import vn.dost.registry.security.UserDirectory;
import vn.dost.registry.shared.NotAuthenticated;

/**
 * {@code /api/v1/deadlines}: what needs an officer's action soon, as JSON, as a calendar
 * feed (signed in, or with the user's feed token, which calendar apps can keep), and as
 * the daily digest.
 */
@Tag(name = "Deadlines", description = "What needs an officer's action soon: renewals, grace periods, expiries.")
@RestController
class DeadlineController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final Deadlines deadlines;

	private final DeadlineDigest digest;

	private final DeadlineCalendar calendar;

	private final UserDirectory users;

	private final CurrentActor actor;

	DeadlineController(Deadlines deadlines, DeadlineDigest digest, DeadlineCalendar calendar, UserDirectory users,
			CurrentActor actor) {
		this.deadlines = deadlines;
		this.digest = digest;
		this.calendar = calendar;
		this.users = users;
		this.actor = actor;
	}

	@Operation(summary = "List deadlines",
			description = """
					Everything due within `within` (an ISO-8601 period, default `P6M`), soonest first: renewal windows opening, \
					grace periods ending, OCOP certificates and rights to use expiring; limited to `province` and to the \
					caller's provinces.""")
	@GetMapping(path = "/api/v1/deadlines", produces = "application/json")
	Mono<DeadlineList> list(@RequestParam(required = false) String within,
			@RequestParam(required = false) String province) {
		return this.actor.get().flatMap(who -> this.deadlines.within(who, within, province));
	}

	@Operation(summary = "Read the daily digest", description = """
			The deadlines the daily digest e-mail would send the caller today.""")
	@GetMapping(path = "/api/v1/deadlines/digest", produces = "application/json")
	Mono<DeadlineList> digest() {
		return this.actor.get().flatMap(this.digest::forActor);
	}

	@Operation(summary = "Subscribe to deadlines as a calendar", description = """
			The deadlines as an iCalendar feed (`text/calendar`), for a signed-in user or, for calendar apps, with the \
			user's feed `token` instead of credentials (401 with neither). `lang=en` for English.""")
	@SecurityRequirement(name = "basic")
	@SecurityRequirement(name = "calendarToken")
	@ApiResponse(responseCode = "200", description = "The iCalendar feed.",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@GetMapping(path = "/api/v1/deadlines.ics")
	Mono<ResponseEntity<String>> feed(@RequestParam(required = false) String token,
			@RequestParam(required = false) String within, @RequestParam(required = false) String province,
			@RequestParam(required = false) String lang) {
		Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
		return (token == null ? this.actor.get() : this.users.actorOfCalendarToken(token))
			.switchIfEmpty(Mono.error(new NotAuthenticated()))
			.flatMap(who -> this.deadlines.within(who, within, province))
			.map(found -> ResponseEntity.ok().contentType(CALENDAR).body(this.calendar.write(found, locale)));
	}

	/**
	 * Makes a new feed token for the signed-in user (the old one stops working) and
	 * answers the feed's address.
	 */
	@Operation(summary = "Make a new calendar feed token",
			description = """
					Makes a new feed token for the signed-in user (the old one stops working) and answers the feed's address.""")
	@PostMapping(path = "/api/v1/deadlines/calendar-token", produces = "application/json")
	Mono<CalendarTokenResponse> newToken() {
		return this.actor.get()
			.flatMap(who -> this.users.newCalendarToken(who.username()))
			.map(token -> new CalendarTokenResponse(token, "/api/v1/deadlines.ics?token=" + token));
	}

	/** A calendar feed token, shown once, and the feed address to subscribe to. */
	record CalendarTokenResponse(String token, String url) {
	}

}
