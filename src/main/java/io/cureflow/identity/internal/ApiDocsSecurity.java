package io.cureflow.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Declares HTTP Basic in the API description, so Swagger UI offers to authorize its calls to the stateless API. */
@Component
class ApiDocsSecurity implements GlobalOpenApiCustomizer {

    private static final String SCHEME = "basicAuth";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(SCHEME,
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
