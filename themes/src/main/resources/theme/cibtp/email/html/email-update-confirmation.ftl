<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("emailUpdateConfirmationIntroHtml", link, newEmail, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg("emailUpdateConfirmationButton")/>
${kcSanitize(msg("emailUpdateConfirmationOutroHtml", link, newEmail, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
