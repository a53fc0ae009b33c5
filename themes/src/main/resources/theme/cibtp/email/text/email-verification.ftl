<#ftl output_format="plainText">
<#-- The activation email of a new account, or the re-certification email of an account certified before. -->
<#assign body = (user.attributes.emailCertifiedAt??)?then("cibtpRecertificationEmailBody", "emailVerificationBody")>
${msg(body, link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration))}
