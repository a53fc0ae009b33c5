<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpInvitationIntroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration), grantor, raisonSociale, site, identifiant))?no_esc}
<@layout.button href=link label=msg("cibtpInvitationButton")/>
${kcSanitize(msg("cibtpInvitationOutroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration), grantor, raisonSociale, site, identifiant))?no_esc}
</@layout.emailLayout>
