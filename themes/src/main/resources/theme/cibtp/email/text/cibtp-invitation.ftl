<#ftl output_format="plainText">
${msg("cibtpInvitationBody", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration), grantor, raisonSociale, site, identifiant)}
