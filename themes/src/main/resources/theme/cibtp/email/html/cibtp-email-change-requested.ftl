<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpEmailChangeRequestedBodyHtml", newEmail, link, linkExpiration))?no_esc}
</@layout.emailLayout>
