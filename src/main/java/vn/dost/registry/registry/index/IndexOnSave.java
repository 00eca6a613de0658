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
 * Every insert and save of a title reaches the index after the database acknowledged it
 * and before the writer hears back, whichever code path wrote it: an officer's edit, the
 * expiry sweep, a holder's new name, seeds.
 */
@Component
class IndexOnSave implements ReactiveAfterSaveCallback<Registration> {

	private static final Logger log = LoggerFactory.getLogger(IndexOnSave.class);

	/**
	 * Looked up when first needed: the index needs the database template, whose converter
	 * needs this.
	 */
	private final ObjectProvider<RegistrationIndex> index;

	IndexOnSave(ObjectProvider<RegistrationIndex> index) {
		this.index = index;
	}

	@Override
	public Publisher<Registration> onAfterSave(Registration saved, Document document, String collection) {
		// The write is stored: a failure to index it must not turn it into an error for
		// the writer. The next
		// rebuild (or the change stream, when followed) puts it right.
		return this.index.getObject().put(document, saved.listing()).onErrorResume(ex -> {
			log.error("Title {} was saved but could not be indexed", saved.getId(), ex);
			return Mono.empty();
		}).thenReturn(saved);
	}

}
