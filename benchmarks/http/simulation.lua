-- wrk script: the public simulator with an eligible association's emergence project.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{ "applicant": { "type": "ESS_ENTERPRISE", "legalForm": "ASSOCIATION", "siren": "123456782" },
  "project": { "stage": "EMERGENCE", "communeCodes": ["62498"], "rural": false, "qpv": true,
               "partners": [ { "name": "Mairie de Lens", "category": "PUBLIC_AUTHORITY" },
                             { "name": "Collectif d'habitants", "category": "INHABITANTS" } ] },
  "expenses": [ { "category": "OPERATING", "label": "Coordination", "amount": 42000.00 },
                { "category": "EXTERNAL_SERVICES", "label": "Étude", "amount": 18000.00 },
                { "category": "INVESTMENT", "label": "Camion", "amount": 25000.00 } ],
  "requestedAmount": 30000 }
]]
