<#-- "Mot de passe oublié ?": "Quelle est votre situation ?", then option 2 "Demande d'un nouveau code confidentiel". -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "cibtp-help.ftl" as help>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('identifiant'); section>
    <#if section = "header">
        <#if cibtpStep == "choice">${msg("cibtpForgotTitle")}<#else>${msg("cibtpCodeRequestTitle")}</#if>
    <#elseif section = "form">
        <#if cibtpStep == "requested">
            <p id="cibtp-code-requested">${msg("cibtpCodeRequested")}</p>
            <p><a id="cibtp-to-login" href="${url.loginRestartFlowUrl}">${msg("cibtpGoToLogin")}</a></p>
        <#elseif cibtpStep == "code">
            <#assign salarie = (properties.cibtpSpace!"entreprise") == "salarie">
            <p>${msg("cibtpCodeRequestWhere")}</p>
            <#if salarie>
                <#-- A salarié has one letter, and the identifiant of the payment statement. -->
                <p id="cibtp-code-request-salarie">${msg("cibtpCodeRequestSalarie")}</p>
            <#else>
                <ul class="cibtp-list">
                    <li>${msg("cibtpCodeRequestNewMember")}</li>
                    <li>${msg("cibtpCodeRequestFormerSpace")}</li>
                </ul>
            </#if>
            <p>${msg("cibtpCodeRequestIntro")}</p>
            <form id="cibtp-code-request" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@field.input name="identifiant" label=msg(salarie?then("cibtpSalarieIdentifierLabel", "cibtpIdentifierLabel")) required=true autofocus=true value=cibtpIdentifiant!'' />
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-request-code" name="demander" label="cibtpDoRequestCode"/>
                    <@buttons.buttonLink id="cibtp-cancel" href=url.loginRestartFlowUrl label="cibtpDoCancel"/>
                </@buttons.actionGroup>
            </form>
        <#else>
            <form id="cibtp-forgot" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <fieldset class="pf-v5-c-form__fieldset cibtp-choices">
                    <#-- The page's title asks it already: the group keeps its name for screen readers only. -->
                    <legend class="cibtp-sr-only">${msg("cibtpForgotTitle")}</legend>
                    <div class="pf-v5-c-radio">
                        <input class="pf-v5-c-radio__input" type="radio" id="situation-mot-de-passe" name="situation" value="mot-de-passe"/>
                        <label class="pf-v5-c-radio__label" for="situation-mot-de-passe">${msg("cibtpForgotPassword")}</label>
                    </div>
                    <div class="pf-v5-c-radio">
                        <input class="pf-v5-c-radio__input" type="radio" id="situation-code" name="situation" value="code"/>
                        <label class="pf-v5-c-radio__label" for="situation-code">${msg("cibtpForgotCode")}</label>
                    </div>
                </fieldset>
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                    <@buttons.buttonLink id="cibtp-cancel" href=url.loginRestartFlowUrl label="cibtpDoCancel"/>
                </@buttons.actionGroup>
            </form>
        </#if>
    <#elseif section = "info">
        <@help.links/>
    </#if>
</@layout.registrationLayout>
