-- The usual journeys, with an observation grid per step, so a first campaign can start at once.
-- Program managers change them on the journeys screen or through the API.
INSERT INTO diagnostics_journey (code, name_fr, name_en, channel) VALUES
('STORE_PURCHASE', 'Achat en magasin', 'In-store purchase', 'STORE'),
('CLICK_COLLECT', 'Retrait en magasin d''une commande web', 'Web-to-store pick-up', 'WEB_TO_STORE'),
('ACCOUNT_OPENING', 'Ouverture de compte en agence', 'Account opening in a branch', 'STORE'),
('PHONE_CLAIM', 'Réclamation par téléphone', 'Phone claim', 'PHONE');

INSERT INTO diagnostics_step (journey_id, position, name_fr, name_en, moment, interaction)
SELECT id, 1, 'Entrée et accueil', 'Entering and welcome', 'FMOT', 'WELCOME' FROM diagnostics_journey WHERE code = 'STORE_PURCHASE'
UNION ALL SELECT id, 2, 'Découverte du besoin', 'Needs discovery', 'FMOT', 'NEEDS_DISCOVERY' FROM diagnostics_journey WHERE code = 'STORE_PURCHASE'
UNION ALL SELECT id, 3, 'Conseil et démonstration', 'Advice and demonstration', 'FMOT', 'ADVICE' FROM diagnostics_journey WHERE code = 'STORE_PURCHASE'
UNION ALL SELECT id, 4, 'Passage en caisse', 'Checkout', 'FMOT', 'PAYMENT' FROM diagnostics_journey WHERE code = 'STORE_PURCHASE'
UNION ALL SELECT id, 1, 'Avis en ligne et choix du magasin', 'Online reviews and store choice', 'ZMOT', 'OTHER' FROM diagnostics_journey WHERE code = 'CLICK_COLLECT'
UNION ALL SELECT id, 2, 'Arrivée au comptoir de retrait', 'Arrival at the pick-up desk', 'FMOT', 'WELCOME' FROM diagnostics_journey WHERE code = 'CLICK_COLLECT'
UNION ALL SELECT id, 3, 'Remise de la commande', 'Handing over the order', 'FMOT', 'PAYMENT' FROM diagnostics_journey WHERE code = 'CLICK_COLLECT'
UNION ALL SELECT id, 4, 'Usage et retour produit', 'Use and return', 'SMOT', 'AFTER_SALE' FROM diagnostics_journey WHERE code = 'CLICK_COLLECT'
UNION ALL SELECT id, 1, 'Prise de rendez-vous', 'Booking an appointment', 'STIMULUS', 'OTHER' FROM diagnostics_journey WHERE code = 'ACCOUNT_OPENING'
UNION ALL SELECT id, 2, 'Accueil en agence', 'Welcome in the branch', 'FMOT', 'WELCOME' FROM diagnostics_journey WHERE code = 'ACCOUNT_OPENING'
UNION ALL SELECT id, 3, 'Entretien conseiller', 'Meeting the adviser', 'FMOT', 'ADVICE' FROM diagnostics_journey WHERE code = 'ACCOUNT_OPENING'
UNION ALL SELECT id, 1, 'Attente téléphonique', 'Waiting on the phone', 'FMOT', 'WELCOME' FROM diagnostics_journey WHERE code = 'PHONE_CLAIM'
UNION ALL SELECT id, 2, 'Prise en charge de la réclamation', 'Handling the claim', 'FMOT', 'AFTER_SALE' FROM diagnostics_journey WHERE code = 'PHONE_CLAIM'
UNION ALL SELECT id, 3, 'Recommandation à un proche', 'Telling others', 'TMOT', 'OTHER' FROM diagnostics_journey WHERE code = 'PHONE_CLAIM';

-- Every welcome step: greeted, minutes waited, a rating of the welcome.
INSERT INTO diagnostics_criterion (step_id, position, label_fr, label_en, kind)
SELECT id, 1, 'Client salué dans les 30 secondes', 'Customer greeted within 30 seconds', 'YES_NO' FROM diagnostics_step WHERE interaction = 'WELCOME'
UNION ALL SELECT id, 2, 'Minutes d''attente avant prise en charge', 'Minutes waited before being served', 'MINUTES' FROM diagnostics_step WHERE interaction = 'WELCOME'
UNION ALL SELECT id, 3, 'Qualité de l''accueil (1 à 5)', 'Quality of the welcome (1 to 5)', 'RATING' FROM diagnostics_step WHERE interaction = 'WELCOME'
UNION ALL SELECT id, 1, 'Questions ouvertes posées', 'Open questions asked', 'YES_NO' FROM diagnostics_step WHERE interaction = 'NEEDS_DISCOVERY'
UNION ALL SELECT id, 2, 'Besoin reformulé au client', 'Need restated to the customer', 'YES_NO' FROM diagnostics_step WHERE interaction = 'NEEDS_DISCOVERY'
UNION ALL SELECT id, 1, 'Conseil adapté au besoin', 'Advice fits the need', 'RATING' FROM diagnostics_step WHERE interaction = 'ADVICE'
UNION ALL SELECT id, 2, 'Outil ou démonstration utilisé', 'Tool or demonstration used', 'YES_NO' FROM diagnostics_step WHERE interaction = 'ADVICE'
UNION ALL SELECT id, 1, 'Minutes de file en caisse', 'Minutes queuing to pay', 'MINUTES' FROM diagnostics_step WHERE interaction = 'PAYMENT'
UNION ALL SELECT id, 2, 'Moyen de paiement souhaité disponible', 'Wanted payment method available', 'YES_NO' FROM diagnostics_step WHERE interaction = 'PAYMENT'
UNION ALL SELECT id, 1, 'Solution proposée au premier contact', 'Solution offered at first contact', 'YES_NO' FROM diagnostics_step WHERE interaction = 'AFTER_SALE'
UNION ALL SELECT id, 2, 'Empathie du conseiller', 'Adviser''s empathy', 'RATING' FROM diagnostics_step WHERE interaction = 'AFTER_SALE'
UNION ALL SELECT id, 1, 'Information claire et disponible', 'Information clear and available', 'RATING' FROM diagnostics_step WHERE interaction = 'OTHER';
