# Glossaire français (à garder identique dans tous les fichiers fr/) :
#   customer book = fichier clients ; customer = client ; profile = fiche (client)
#   vault = coffre (coffre chiffré) ; passphrase = phrase secrète ; recovery key = clé de secours
#   emergency kit = kit de secours ; backup = sauvegarde ; restore = restaurer
#   consent = consentement ; "may we contact them?" = « Peut-on le contacter ? »
#   follow-up = suivi ; suggestion = suggestion ; draft = brouillon
#   snooze = reporter ; dismiss = écarter ; done = fait
#   sale = vente ; purchase = achat ; receipt = ticket ; void = annuler ; refund/return = retour
#   catalog = catalogue ; SKU = réf. ; tag = étiquette ; visit = passage
#   sync = synchronisation ; pairing code = code d’appairage ; shared folder = dossier partagé
#   till = caisse ; shop = boutique ; household = foyer ; preferences = préférences
#   text message = SMS ; messaging app = messagerie ; post = courrier
#   Customer view = mode client (titre : Mode client) ; owner PIN = code du commerçant
#   erase = effacer ; forget = oublier ; encrypted = chiffré
# Ton : « vous » pour le commerçant comme pour le client. Typographie : espace fine
# insécable (U+202F) avant les signes ; : ! ? et à l’intérieur des guillemets « », apostrophe ’.

aboutTitle = À propos de Shopkeeper
aboutOpen = À propos de Shopkeeper…
aboutSettingsHeading = À propos
aboutSettingsText = Shopkeeper { $version } : où sont vos données, le réseau, la licence.
aboutPaletteDetail = Version, données, licence
aboutPaletteGroup = Plus
aboutVersion = Version { $version }
aboutDataHeading = Où sont vos données
aboutDataText = Tout votre fichier clients tient dans ce seul fichier chiffré, sur cet ordinateur :
aboutCopyText = Avant qu’une mise à jour change la façon dont vos données sont rangées, Shopkeeper en garde d’abord une copie à côté, toujours chiffrée, nommée comme
aboutCopyAfter = Elle s’ouvre avec la phrase secrète que vous aviez quand elle a été faite.
aboutNetworkHeading = Le réseau
aboutNoNetwork = Shopkeeper n’utilise aucun réseau.
aboutSync = { $on ->
    [true] Synchronisation : activée, par un dossier partagé.
   *[other] Synchronisation : désactivée.
}
aboutLicenceHeading = Licence
aboutLicenceText = Logiciel libre sous licence { $licence }.
aboutLicenceOr = ou
aboutFormatsHeading = Formats de fichiers
aboutFormats = Version de chaque type de fichier écrit par ce Shopkeeper :
aboutSchema = Données du coffre
aboutVaultFormat = Fichier du coffre
aboutBackupFormat = Sauvegardes
aboutClose = Fermer
aboutLoading = Un instant…
aboutFailed = Shopkeeper n’a pas pu répondre : { $message }
