<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpEmailChangedBodyHtml", oldEmail, newEmail, link, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
