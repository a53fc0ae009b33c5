<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpEmailChangedBodyHtml", oldEmail, newEmail))?no_esc}
</@layout.emailLayout>
