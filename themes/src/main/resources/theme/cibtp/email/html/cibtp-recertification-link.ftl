<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpRecertificationEmailIntroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg("cibtpRecertificationEmailButton")/>
${kcSanitize(msg("cibtpRecertificationEmailOutroHtml", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
