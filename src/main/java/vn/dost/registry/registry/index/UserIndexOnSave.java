package vn.dost.registry.registry.index;

import org.bson.Document;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.ReactiveAfterSaveCallback;
import org.springframework.stereotype.Component;

import vn.dost.registry.registry.Registration;

/**
 * Every insert and save of a title reaches the authorised users' index after the database
 * acknowledged it and before the writer hears back, as for the titles' index
 * ({@link IndexOnSave}): a user added, corrected, suspended or revoked is looked up at
 * once.
 */
@Component
class UserIndexOnSave implements ReactiveAfterSaveCallback<Registration> {

	private static final Logger log = LoggerFactory.getLogger(UserIndexOnSave.class);

	/**
	 * Looked up when first needed: the index needs the database template, whose converter
	 * needs this.
	 */
	private final ObjectProvider<AuthorisedUserIndex> index;

	UserIndexOnSave(ObjectProvider<AuthorisedUserIndex> index) {
		this.index = index;
	}

	@Override
	public Publisher<Registration> onAfterSave(Registration saved, Document document, String collection) {
		// The write is stored: a failure to index it must not turn it into an error for
		// the writer; the next rebuild (or the change stream) puts it right.
		return this.index.getObject().put(saved).onErrorResume(ex -> {
			log.error("Title {} was saved but its authorised users could not be indexed", saved.getId(), ex);
			return Mono.empty();
		}).thenReturn(saved);
	}

}
