package vn.dost.registry.exchange.web;

import org.springframework.http.HttpStatus;

import vn.dost.registry.shared.RegistryException;

/** An upload arrived without a byte in it: there is nothing to import or restore. */
class EmptyFile extends RegistryException {

	EmptyFile() {
		super(HttpStatus.BAD_REQUEST, "empty-file");
	}

}
