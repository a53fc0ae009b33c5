<#ftl output_format="plainText">
${msg("cibtpEmailChangeRequestedBody", newEmail, link, linkExpiration)}
