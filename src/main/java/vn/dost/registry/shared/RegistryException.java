package vn.dost.registry.shared;

import org.springframework.http.HttpStatus;

/**
 * A fact that ends a request with a problem response: its status, a stable problem type
 * and a message key looked up in the user's language.
 */
public abstract class RegistryException extends RuntimeException {

	private final HttpStatus status;

	private final String problemType;

	private final transient Object[] arguments;

	protected RegistryException(HttpStatus status, String problemType, Object... arguments) {
		super(problemType);
		this.status = status;
		this.problemType = problemType;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return this.status;
	}

	/**
	 * The last segment of the problem's {@code type} URI, also the message key prefix.
	 */
	public String problemType() {
		return this.problemType;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
