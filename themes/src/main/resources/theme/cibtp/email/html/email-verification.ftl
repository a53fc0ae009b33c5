<#-- Keycloak's verify-email link: the activation email of a new account, or the re-certification email of an
     account certified before (Keycloak's "resend" on its page sends this one too). -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<#assign body = (user.attributes.emailCertifiedAt??)?then("cibtpRecertificationEmailBodyHtml", "emailVerificationBodyHtml")>
${kcSanitize(msg(body, link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
