<#ftl output_format="plainText">
${msg("cibtpDelegationEndingBody", raisonSociale, fin, beneficiaire, site, identifiant)}
