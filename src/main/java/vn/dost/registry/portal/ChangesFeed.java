package vn.dost.registry.portal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dost.registry.registry.AuthorisedUser;
import vn.dost.registry.registry.PublicAuthorisedUsers;
import vn.dost.registry.registry.RegistrationChange;
import vn.dost.registry.registry.PublicRegistrations;

/**
 * The Atom feed of the latest public changes (grants, renewals, amendments, terminations,
 * invalidations, expiries, titles entered, producers' rights to use suspended or
 * revoked), newest first; each entry links to the title's record page, or to the
 * producer's verdict page. Text is escaped by the XML writer, so a title's name is always
 * text.
 */
@Component
class ChangesFeed {

	static final String ATOM = "application/atom+xml";

	private static final String NS = "http://www.w3.org/2005/Atom";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PublicRegistrations titles;

	private final PortalLinks links;

	private final MessageSource messages;

	private final int size;

	/** Made once: finding the implementation reads the class path. */
	private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	ChangesFeed(PublicRegistrations titles, PortalLinks links, MessageSource messages,
			@Value("${registry.portal.feed-size:50}") int size) {
		this.titles = titles;
		this.links = links;
		this.messages = messages;
		this.size = size;
	}

	Mono<String> atom(Locale locale) {
		return this.titles.latestChanges(this.size).map(changes -> write(changes, locale));
	}

	private String write(List<RegistrationChange> changes, Locale locale) {
		PortalLinks.Language in = this.links.in(Locale.ENGLISH.equals(locale));
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = this.factory.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NS);
			element(xml, "id", this.links.absolute("/portal/feed.atom"));
			element(xml, "title", message("portal.feed.title", locale));
			Instant updated = changes.isEmpty() ? this.titles.lastModified() : changes.get(0).entry().at();
			element(xml, "updated", updated.toString());
			link(xml, "self", this.links.absolute(in.feed()));
			link(xml, "alternate", in.canonicalHome());
			xml.writeStartElement("author");
			element(xml, "name", message("portal.site", locale));
			xml.writeEndElement();
			for (RegistrationChange change : changes) {
				entry(xml, change, in, locale);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private void entry(XMLStreamWriter xml, RegistrationChange change, PortalLinks.Language in, Locale locale)
			throws XMLStreamException {
		String id = change.registration().getId();
		String action = message("portal.action." + change.entry().action(), locale);
		Optional<AuthorisedUser> user = change.user();
		xml.writeStartElement("entry");
		element(xml, "id", this.links.absolute(PortalLinks.RECORDS + id) + "#" + change.entry().at().toEpochMilli()
				+ "-" + change.entry().action() + user.map(about -> "-" + about.id()).orElse(""));
		String name = change.registration().getFacts().name();
		element(xml, "title", user.map(about -> message("portal.feed.userEntry", locale, name, action, named(about)))
			.orElseGet(() -> message("portal.feed.entry", locale, name, action)));
		element(xml, "updated", change.entry().at().toString());
		link(xml, "alternate",
				user.map(about -> this.links.absolute(in.page(PublicAuthorisedUsers.checkPath(id, about))))
					.orElseGet(() -> in.canonicalRecord(id)));
		element(xml, "summary", summary(change, action, locale));
		xml.writeEndElement();
	}

	/** A user as the feed names it: name and code, never more. */
	private static String named(AuthorisedUser user) {
		return user.code() == null ? user.name() : user.name() + " (" + user.code() + ")";
	}

	/**
	 * The action, its day and its decision's number; a day not known is said to be so.
	 */
	private String summary(RegistrationChange change, String action, Locale locale) {
		LocalDate date = change.entry().date();
		String reference = change.entry().reference();
		boolean numbered = reference != null && !reference.isBlank();
		if (date == null) {
			return numbered ? message("portal.feed.summaryUndated", locale, action, reference)
					: message("portal.feed.summaryUndatedNoReference", locale, action);
		}
		String day = DAY.format(date);
		return numbered ? message("portal.feed.summary", locale, action, day, reference)
				: message("portal.feed.summaryNoReference", locale, action, day);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
