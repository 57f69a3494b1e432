package org.sunshineledger.portal.http;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application: the JSON API under {@code /api/v1} and the pages, all under one root so
 * that every response passes the same error mapping and security headers.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Sunshine Ledger 阳光账本 API",
            version = "1",
            description = "峄城区脱贫攻坚资金、项目、资产与公示的公开接口 — the public and officials' API"))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "Officials' and donors' accounts 工作人员与捐赠人账户")
public class PortalApplication extends Application {}
