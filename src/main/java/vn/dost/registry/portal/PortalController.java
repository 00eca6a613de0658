package vn.dost.registry.portal;

import java.util.Locale;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;

import vn.dost.registry.registry.ProductGroup;
import vn.dost.registry.registry.PublicRegistrations;
import vn.dost.registry.registry.RegistrationStatus;
import vn.dost.registry.registry.RegistrationType;
import vn.dost.registry.reports.RecordSheets;
import vn.dost.registry.shared.StreamedBody;

/**
 * The public portal's pages, rendered on the server (they work without JavaScript): the
 * listing with search and filters, a title's record page, the compact listing for other
 * sites' frames, the record sheet and the changes feed. Vietnamese unless
 * {@code lang=en}. Errors get pages of their own ({@link PortalErrorPages}).
 */
@Controller
class PortalController {

	/**
	 * Titles per page of the listing; the embeddable listing shows more, more compactly.
	 */
	static final int PAGE_SIZE = 20;

	static final int EMBED_SIZE = 50;

	private final PublicRegistrations titles;

	private final PublicRecords records;

	private final PortalLinks links;

	private final RecordSheets sheets;

	private final ChangesFeed feed;

	PortalController(PublicRegistrations titles, PublicRecords records, PortalLinks links, RecordSheets sheets,
			ChangesFeed feed) {
		this.titles = titles;
		this.records = records;
		this.links = links;
		this.sheets = sheets;
		this.feed = feed;
	}

	@GetMapping(PortalLinks.HOME)
	Mono<Rendering> listing(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String province,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String lang) {
		PortalQuery query = new PortalQuery(q, type, status, province, productGroup, sort, page == null ? 0 : page,
				PAGE_SIZE, "en".equalsIgnoreCase(lang));
		return listed(query, "portal/index", PortalLinks.HOME);
	}

	@GetMapping("/portal/embed")
	Mono<Rendering> embed(@RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationType type,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String province,
			@RequestParam(required = false) ProductGroup productGroup, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String lang) {
		PortalQuery query = new PortalQuery(q, type, status, province, productGroup, sort, page == null ? 0 : page,
				EMBED_SIZE, "en".equalsIgnoreCase(lang));
		return listed(query, "portal/embed", "/portal/embed");
	}

	/**
	 * The site's root: the portal, in the language asked for (a department links its
	 * site's visitors to the service's bare address).
	 */
	@GetMapping("/")
	Rendering root(@RequestParam(required = false) String lang) {
		return Rendering.redirectTo(this.links.in("en".equalsIgnoreCase(lang)).home()).build();
	}

	/**
	 * A page of a listing; a page past the last is not found (zero titles still make a
	 * first page, saying so).
	 */
	private Mono<Rendering> listed(PortalQuery query, String view, String path) {
		PortalLinks.Language in = this.links.in(query.english());
		return this.titles.list(query.toQuery(), query.pageRequest()).map(hits -> {
			int pages = (int) ((hits.totalItems() + query.size() - 1) / query.size());
			if (query.page() > 0 && query.page() >= pages) {
				throw new NoSuchPage();
			}
			return page(view, query.english()).modelAttribute("query", query)
				.modelAttribute("items",
						hits.items().stream().map(t -> this.records.title(t, this.titles.today())).toList())
				.modelAttribute("total", hits.totalItems())
				.modelAttribute("approximate", hits.approximate())
				.modelAttribute("facets", hits.facets())
				.modelAttribute("pages", pages)
				.modelAttribute("previous", query.page() > 0 ? query.pageLink(path, query.page() - 1) : null)
				.modelAttribute("next", query.page() + 1 < pages ? query.pageLink(path, query.page() + 1) : null)
				.modelAttribute("switchLink", query.otherLanguage(path))
				.modelAttribute("canonical", this.links.absolute(query.pageLink(path, query.page())))
				.modelAttribute("links", in)
				.build();
		});
	}

	@GetMapping(PortalLinks.RECORDS + "{id}")
	Mono<Rendering> record(@PathVariable String id, @RequestParam(required = false) String lang) {
		boolean english = "en".equalsIgnoreCase(lang);
		PortalLinks.Language in = this.links.in(english);
		PortalLinks.Language other = this.links.in(!english);
		return this.titles.find(id)
			.map(found -> page("portal/record", english)
				.modelAttribute("record", this.records.record(found, this.titles.today()))
				.modelAttribute("links", in)
				.modelAttribute("switchLink", other.record(id))
				.modelAttribute("canonical", in.canonicalRecord(id))
				.build());
	}

	/**
	 * Any other address under {@code /portal/}: the not-found page (the more specific
	 * mappings come first).
	 */
	@GetMapping(PortalLinks.HOME + "/**")
	Mono<Rendering> elsewhere() {
		return Mono.error(new NoSuchPage());
	}

	@GetMapping(PortalLinks.RECORDS + "{id}/summary.pdf")
	Mono<ResponseEntity<Flux<DataBuffer>>> sheet(@PathVariable String id) {
		return this.sheets.publicPdf(id)
			.map(writer -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename("registration-" + id + ".pdf").build().toString())
				.body(StreamedBody.of(writer)));
	}

	@GetMapping(path = "/portal/feed.atom", produces = ChangesFeed.ATOM)
	@ResponseBody
	Mono<String> feed(@RequestParam(required = false) String lang) {
		return this.feed.atom("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
	}

	private static Rendering.Builder<?> page(String view, boolean english) {
		return Rendering.view(view).modelAttribute("lang", english ? "en" : "vi");
	}

}
