<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpInvitationBodyHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration), grantor, raisonSociale, site, identifiant))?no_esc}
</@layout.emailLayout>
