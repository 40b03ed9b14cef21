<#-- The Region's footer under every sign-in page: who runs the service and its legal pages. -->
<#macro content>
<#assign site = ((client.baseUrl)?has_content)?then(client.baseUrl, properties.acteSiteUrl!"/")>
<#assign site = site?remove_ending("/")>
<div class="acte-footer">
  <p>${msg("acteFooterText")}</p>
  <ul class="acte-footer-links" aria-label="${msg("acteFooterLinks")}">
    <li><a href="${site}/mentions-legales">${msg("acteLegalNotice")}</a></li>
    <li><a href="${site}/donnees-personnelles">${msg("actePersonalData")}</a></li>
    <li><a href="${site}/cookies">${msg("acteCookies")}</a></li>
    <li><a href="${site}/accessibilite">${msg("acteAccessibility")}</a></li>
  </ul>
</div>
</#macro>
