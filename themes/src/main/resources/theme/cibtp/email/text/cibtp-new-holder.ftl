<#ftl output_format="plainText">
${msg("cibtpNewHolderBody_" + kind, newHolder, name, identifiant)}
