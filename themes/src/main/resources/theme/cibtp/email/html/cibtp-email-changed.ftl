<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpEmailChangedIntroHtml", oldEmail, newEmail, link, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg("cibtpEmailChangedButton", oldEmail)/>
${kcSanitize(msg("cibtpEmailChangedOutroHtml", oldEmail, newEmail, link, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
