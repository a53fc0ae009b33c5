<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("passwordResetIntroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg("passwordResetButton")/>
${kcSanitize(msg("passwordResetOutroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
