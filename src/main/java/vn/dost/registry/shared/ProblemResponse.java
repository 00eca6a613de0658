package vn.dost.registry.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on an API handler method (or its controller), problem types it answers beyond
 * those every operation of its shape answers (see {@code ApiDescription}), e.g.
 * {@code @ProblemResponse(status = 409, types = "illegal-transition")}; the API
 * description then lists them under that status.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

	/** The HTTP status of the problem. */
	int status();

	/** The problem types: the last segment of the {@code type} URI. */
	String[] types();

	/** Several problem responses on one method. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@interface List {

		ProblemResponse[] value();

	}

}
