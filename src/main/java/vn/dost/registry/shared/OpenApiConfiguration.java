package vn.dost.registry.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description served at {@code /v3/api-docs}: its introduction and security
 * schemes (HTTP Basic, the calendar feed token); {@link ApiDescription} completes the
 * operations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The security scheme of the deadlines' calendar feed token. */
	static final String CALENDAR_TOKEN = "calendarToken";

	@Bean
	OpenAPI registryOpenApi() {
		String description = """
				Registry of geographical indications, certification and collective marks of a provincial \
				Department of Science and Technology. Follows the v1 contract; additions (additionalProvinces, \
				currentProvinces, country, grantDatePartial, grantDecision, gazetteNumber, history `reason`) and \
				the rules behind every 4xx are described in docs/api.md. Errors are RFC 9457 problems \
				(application/problem+json) in Vietnamese, or English with Accept-Language: en. Updates need \
				If-Match with the ETag of the version read (428 without, 412 when stale).""";
		return new OpenAPI().info(new Info().title("IP registry API").version("v1").description(description))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes(CALENDAR_TOKEN,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.QUERY)
							.name("token")
							.description("A user's calendar feed token (POST /api/v1/deadlines/calendar-token), "
									+ "for calendar apps that cannot send credentials.")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
