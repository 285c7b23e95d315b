# Erreurs signalées par le cœur, telles que le commerçant les lit.
error-quantity-quantity-too-large = Cette quantité est trop grande.
error-quantity-quantity-zero = Une quantité ne peut pas être nulle.
error-quantity-negative-quantity-only = Une quantité négative n’est permise que pour un retour ; marquez la ligne comme retour.
error-quantity-returned-item-needs = Un article retourné demande une quantité négative (p. ex. -1 ou -0,5).
error-quantity-quantity = « { $shown } » n’est pas une quantité : { $why }.
error-demo-there-already-file = Il y a déjà un fichier à l’emplacement { $path } ; la démo a besoin d’un emplacement à elle.
error-customers-choose-customers-years = Choisissez de 1 à 1 000 000 clients et de 1 à 50 ans.
error-demo-shop-already-has = Cette boutique a déjà des clients ; créez la démo dans une nouvelle boutique vide.
error-state-choose-yes = Choisissez oui ou non.
error-choices-tick-least-one = Cochez au moins un oui ou un non du formulaire.
error-signed-on-form-have-been = Le formulaire ne peut pas avoir été signé dans le futur.
error-not-found-preference-does-exist = Cette préférence n’existe pas (ou a été retirée).
error-pin-pin-must-digits = Le code doit compter de { $min_pin_digits } à { $max_pin_digits } chiffres, rien d’autre.
error-pin-pin-could-protected = Le code n’a pas pu être protégé : { $e }
error-line-nothing-was = Ligne { $line } : { $reason } Rien n’a été ajouté.
error-to-already-exists-shopkeeper = { $new_vault } existe déjà. Shopkeeper ne restaure que dans un nouveau fichier et n’en écrase jamais ; choisissez un autre nom.
error-empty = { $what } ne peut pas être vide.
error-too-long-characters = Ce champ ({ $field }) est trop long ({ $v } caractères) ; Shopkeeper en garde au plus { $max }. Raccourcissez-le ou gardez les longs documents ailleurs.
error-language-code-write = « { $value } » n’est pas un code de langue ; écrivez-le en court, comme fr, de ou pt-br.
error-restore-customer-was-erased = Un client a été effacé après la restauration de cette copie, et la copie le contient encore. Restaurez à nouveau la sauvegarde pour qu’il reste effacé ; la bascule sur la copie n’a pas été faite.
error-channel-way-contacting-someone = « { $text } » n’est pas un moyen de contacter quelqu’un ; utilisez l’un de ceux-ci : { $names }, { $in_person }.
error-summary-say-briefly-what = Dites en quelques mots l’objet du contact.
error-customer-customer-merged-with = Un client ne peut pas être fusionné avec lui-même.
error-purchase-purchase-already-void = Cet achat est déjà annulé.
error-reason-say-why-purchase = Dites pourquoi l’achat est annulé.
error-purchase-voided-purchase-corrected = Un achat annulé ne peut pas être corrigé.
error-lines-purchase-needs-lines = Un achat doit avoir de 1 à { $max_lines } lignes.
error-correction-nothing-correct-purchase = Rien à corriger : l’achat dit déjà cela.
error-relation-customer-linked-themselves = Un client ne peut pas être lié à lui-même.
error-not-found-household-link-customer = Ce lien de foyer n’est plus sur ce client ; rechargez la fiche pour voir les liens actuels.
error-phone-does-look-like = « { $typed } » ne ressemble pas à un numéro de téléphone : utilisez seulement des chiffres, des espaces et + - ( ).
error-region-country-code-use = « { $code } » n’est pas un code de pays ; utilisez deux lettres comme FR, BE ou CH.
error-interval-must-between = Un intervalle doit être compris entre 1 et 3650 jours.
error-price-price-negative = Un prix ne peut pas être négatif.
error-sku-product-with-sku = Un produit avec la référence « { $sku } » existe déjà.
error-not-found-product-catalog = Ce produit n’est pas dans le catalogue.
error-format-several-customers-only = Plusieurs clients ne peuvent aller que dans un seul PDF (un par page) ; en HTML ou en Markdown, exportez un client à la fois.
error-not-found-promise-does-exist = Cette promesse n’existe pas pour ce client.
error-retention-years-years-retention-period = { $y } ans n’est pas une durée de conservation acceptée par Shopkeeper ; choisissez de 1 à { $max_years } ans.
error-retention-years-retention-rule-off = La règle de conservation est désactivée : il n’y a donc rien dont garder un client. Activez-la d’abord.
error-path-shopkeeper-could-write = Shopkeeper n’a pas pu écrire { $path } ({ $reason }) ; rien n’a été écrit. Choisissez un dossier où vous pouvez écrire.
error-path-give-file-name = Donnez au fichier un nom qui finit par .pdf, .html ou .md, pour que Shopkeeper sache quel type écrire.
error-folder-there-folder-plug = Il n’y a pas de dossier à l’emplacement { $folder }. Branchez le disque ou choisissez un autre dossier.
error-reminder-must-come = Le rappel doit venir après 1 à 365 jours.
error-folder-there-are-already = Il y a déjà beaucoup de sauvegardes pour cette heure-ci. Réessayez plus tard.
error-not-found-restored-copy-longer = La copie restaurée { $restored } n’est plus là.
error-not-found-shop-has-file = Cette boutique n’a pas de fichier : elle n’existe qu’en mémoire.
error-file-file-larger-than = Le fichier dépasse les { $mib } Mio que Shopkeeper lit pour cet import. Rien n’a été importé.
error-file-file-could-read = Le fichier { $path } n’a pas pu être lu ({ $e }). Rien n’a été importé.
error-file-file-utf-text = Le fichier n’est pas du texte UTF-8. Rien n’a été importé.
error-passphrase-passphrase-would-too = Cette phrase secrète serait trop facile à deviner. { $advice }
error-confirmation-two-passphrases-are = Les deux phrases secrètes ne sont pas identiques. Veuillez la saisir à nouveau.
error-not-found-emergency-kit-longer = Le kit de secours n’est plus en mémoire : il n’est affiché qu’une fois, à la création de la boutique.
error-text-wording-empty = Le texte ne peut pas être vide.
error-auto-lock-minutes-locking-after-quiet = Le verrouillage après inactivité doit être réglé entre 1 minute et 8 heures.
error-currency-currency-stays-purchases = La devise reste { $before } : { $purchases } achats sont enregistrés dans cette devise, et la changer changerait ce qu’ils valaient.
error-period-days-period-must-between = La période doit être comprise entre 1 et 3650 jours.
error-max-contacts-most-contacts-per = On peut régler au plus 100 contacts par période.
error-date-like = « { $text } » n’est pas une date comme 2024-03-31.
error-sku-there-product-with = Il n’y a aucun produit avec la référence « { $sku } ».
error-description-each-line-needs = Chaque ligne a besoin d’un produit ou d’une description.
error-unit-price-each-line-needs = Chaque ligne a besoin d’un prix.
error-unit-price-price-negative-use = Un prix ne peut pas être négatif ; utilisez une ligne de retour pour un remboursement.
error-discount-discount-must-between = Une remise doit être comprise entre zéro et le prix de la ligne, et un retour n’en prend pas.
error-lines-purchase-needs-least = Un achat a besoin d’au moins une ligne.
error-lines-purchase-have-most = Un achat peut avoir au plus { $max_lines } lignes.
error-not-found-purchase-does-exist = Cet achat n’existe pas.
error-name-customer-needs-name = Un client a besoin d’un nom.
error-customer-have-most = Un client peut en avoir au plus { $max_items }.
error-email-does-look-like = « { $email } » ne ressemble pas à une adresse e-mail (comme nom@exemple.fr).
error-customer-more-than-one = Plusieurs clients s’appellent « { $w } » ; utilisez leur identifiant ou leur référence.
error-not-found-customer-matches-use = Aucun client ne correspond à « { $w } ». Utilisez son identifiant, sa référence, son e-mail, son téléphone ou son nom exact.
error-not-found-customer-does-exist = Ce client n’existe pas (ou a été supprimé).
error-not-found-customer-does-exist-2 = Ce client n’existe pas ou a déjà été effacé.
error-date-like-when = « { $t } » n’est pas une date comme 1980-04-23, ou 04-23 quand l’année n’est pas connue.
error-real-date = { $value } n’est pas une vraie date.
error-customer-ref-another-customer-already = Un autre client a déjà la référence « { $r } ».
error-currency-amount-but-shop = « { $value } » est un montant en { $hint }, mais cette boutique utilise { $currency } ; saisissez les montants en { $currency2 }.
error-amount-amount-too-large = Ce montant est trop grand.
error-amount-amount-write-amounts = « { $shown } » n’est pas un montant : { $why }. Écrivez les montants comme 12,50, 1 234,56 ou 1.234,56 €.
error-currency-currency-code-use = « { $code } » n’est pas un code de devise ; utilisez trois lettres comme EUR, CHF ou CAD.
error-currency-amounts-mixed-enter = On ne peut pas mélanger des montants en { $value } et en { $other } ; saisissez tous les montants en { $value2 }.
error-key-suggestion-about-another = Cette suggestion concerne un autre client ; ouvrez ce client, ou copiez à nouveau la clé.
error-undo-nothing = Il n’y a rien à annuler pour cette suggestion : elle n’a été ni reportée ni écartée (un suivi marqué comme fait reste dans l’historique des contacts).
error-key-suggestion-was-already = Cette suggestion est déjà marquée « { $action } » ; il n’y a plus rien à faire.
error-key-promise-already = Cette promesse est déjà « { $p } ».
error-key-promise-key-does = Cette clé ne désigne aucune promesse ; copiez-la depuis la liste des suggestions.
error-until-snooze-until-day = Reportez à un jour après aujourd’hui ; le { $until } est déjà arrivé.
error-kind-suggestion-suggestion-nothing = Cette suggestion est de type « { $parts } », pas « { $kind } » ; rien n’a été écarté.
error-not-found-suggestions-were-turned = Les suggestions « { $kind } » n’étaient pas désactivées pour ce client.
error-key-which-suggestion-key = Quelle suggestion ? La clé est vide ; copiez-la depuis la liste des suggestions.
error-key-suggestion-key-keys = « { $key } » n’est pas une clé de suggestion. Les clés ressemblent à « replenishment-due:<id client>:… » ; copiez-en une depuis la liste des suggestions.
error-closed-with-placeholders = Une accolade « {"{"} » n’est pas refermée par « {"}"} ». Les champs à remplir ressemblent à {"{"}first_name{"}"} ; ce message peut utiliser { $list }.
error-placeholder-message-use = {"{"}{ $name }{"}"} n’est pas un champ qu’un message « { $kind } » peut utiliser ; utilisez l’un de ceux-ci : { $list }.
error-body-message-empty = Le message ne peut pas être vide.
error-link-only-contact-links = Seuls les liens vers l’e-mail, les messages, un appel, WhatsApp ou Signal peuvent être ouverts depuis un brouillon.
error-link-no-app = Ce client ne peut pas être joint ainsi : il a autorisé un autre canal, ou sa fiche n’a pas d’adresse ni de numéro pour celui-ci.
error-not-found-there-saved-template = Il n’y a pas de modèle { $language } enregistré pour les messages « { $kind } », donc rien à rétablir.
error-as-of-backtest = Impossible de faire le test rétrospectif au { $as_of } : { $e }.
error-export-stored-value-damaged = Une valeur enregistrée dans { $table }.{ $column } est endommagée, l’export a donc été arrêté ; rien n’a été écrit. Vérifiez si le fichier de la boutique est endommagé et, si c’est le cas, restaurez une sauvegarde.
error-file-nothing-was-imported = { $message } Rien n’a été importé.
error-vcard-file-holds-vcards = Ce fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD). Rien n’a été importé ; choisissez un fichier .vcf exporté d’un carnet d’adresses.
error-folder-file-folder-choose = { $folder } est un fichier, pas un dossier. Choisissez le dossier partagé lui-même.
error-folder-sync-folder-reached = Le dossier de synchronisation { $folder } est inaccessible (la clé USB est-elle branchée, le dossier partagé connecté ?). Rien n’a été synchronisé ; vos changements restent sur cet ordinateur en attendant.
error-folder-sync-folder-read = Le dossier de synchronisation { $folder } ne peut pas être lu ({ $e }).
error-folder-sync-folder-already = Le dossier de synchronisation contient déjà un fichier de changements nommé { $path }, que cet ordinateur n’a pas écrit. Le fichier de cette boutique a-t-il été copié sur un autre ordinateur avec la synchronisation activée ? Désactivez la synchronisation sur cet ordinateur et rejoignez à nouveau avec le code d’appairage.
error-sync-change-could-read = Un changement de { $table } n’a pas pu être lu ; il a été ignoré.
error-folder-shop-shared-yet = Aucune boutique n’est encore partagée dans { $folder }. Activez la synchronisation sur le premier ordinateur avec ce dossier, attendez que le dossier soit copié ici, puis rejoignez.
error-code-pairing-code-does = Ce code d’appairage n’ouvre pas les fichiers de changements de ce dossier : il appartient à une autre boutique, ou le dossier est celui d’une autre boutique. Vérifiez le code et le dossier.
error-code-pairing-code-has = Un code d’appairage ne contient que des chiffres et des lettres ; « { $c } » n’en fait pas partie. Vérifiez le code sur le premier ordinateur.
error-code-pairing-code-has-2 = Un code d’appairage compte { $code_chars } lettres et chiffres ; celui-ci en a { $values }. Vérifiez le code sur le premier ordinateur.
error-code-pairing-code-has-3 = Ce code d’appairage contient une faute de frappe (ses deux derniers caractères ne correspondent pas au reste). Comparez-le avec l’écran du premier ordinateur.
error-line-total-purchase-s-total = Le total de l’achat est trop grand.
error-currency-row-shop = Cette ligne est en { $code }, la boutique en { $value }.
error-quantity-row-has-quantity = La ligne n’a pas de quantité.
error-line-total-row-has-neither = La ligne n’a ni total de ligne ni prix unitaire.
error-quantity-negative-quantity-only-2 = Une quantité négative n’est permise que pour un retour, dont le total est négatif lui aussi.
error-product-each-row-needs = Chaque ligne a besoin d’une référence ou d’un nom de produit.
error-line-total-line-s-total = Le total de la ligne est trop grand.
error-import-import-was-already = Cet import a déjà été annulé le { $at }.
error-import-since-been-given = { $count ->
        [one] Un client ajouté par cet import a
       *[other] { $count } clients ajoutés par cet import ont
    } reçu depuis, à la main, d’autres achats, notes, préférences, consentements ou contacts ; annuler l’import les ferait perdre. Rien n’a été changé.
error-not-found-there-import = Il n’y a pas d’import { $id }.
error-file-file-could-read-2 = Le fichier n’a pas pu être lu : { $e }.
error-file-line-valid-csv = Cette ligne n’est pas du CSV valide (ou pas du texte UTF-8).
error-file-file-has-readable = Le fichier n’a pas d’en-tête lisible : { $e }.
error-map-field-use-one = « { $field } » n’est pas un champ ; utilisez l’un de ceux-ci : { $fields }, ou { $ignore }.
error-layout-known-layout-use = « { $name } » n’est pas un format connu ; utilisez l’un de ceux-ci : { $layouts }.
error-date-order-date-order-use = « { $s } » n’est pas un ordre de date ; utilisez dmy, mdy ou ymd.
error-date-date-like = « { $shown } » n’est pas une date comme 2024-03-31, 31.03.2024 ou 03/31/2024.
error-customer-name-new-customer-needs = Un nouveau client a besoin d’un nom ou d’une référence.
error-recovery-key-typo = { $why }
error-no-column = Le fichier n’a pas de colonne « { $field } ». Indiquez quelle colonne la contient, ou renommez la colonne.
error-date-order-ambiguous = Chaque date de ce fichier se lit aussi bien jour d’abord que mois d’abord (03/04/2024 peut être le 3 avril ou le 4 mars). Indiquez l’ordre utilisé par le fichier.
error-sync-key-damaged = La clé de synchronisation enregistrée est endommagée. Désactivez la synchronisation et rejoignez à nouveau avec le code d’appairage.
error-sync-signing-key-damaged = La clé de signature de cet ordinateur manque ou est endommagée. Désactivez la synchronisation et rejoignez à nouveau avec le code d’appairage.
error-sync-off-no-code = La synchronisation est désactivée : il n’y a donc pas de code d’appairage.
error-sync-file-too-large = Les changements de cet ordinateur font un fichier de changements plus grand que les { $mib } Mio que les autres liraient ; rien n’a été écrit.
error-sync-unknown-table = { $table } n’est pas une table synchronisée.
error-sync-already-on = La synchronisation est déjà activée, avec le dossier { $folder }. Pour utiliser un autre dossier, désactivez d’abord la synchronisation.
error-sync-folder-has-shop = { $folder } contient déjà les fichiers de changements d’une boutique. Pour rejoindre cette boutique, tapez le code d’appairage affiché sur l’un de ses ordinateurs ; pour repartir de zéro, choisissez un dossier vide.
error-sync-off = La synchronisation est désactivée. Activez-la d’abord.
error-date-not-in-format = « { $text } » n’est pas une date au format { $format }.
error-date-like-with-time = « { $text } » n’est pas une date comme 2024-03-31 ou 2024-03-31 14:05.
error-not-an-id = « { $text } » n’est pas { $what ->
        [customer] un identifiant de client
        [preference] un identifiant de préférence
        [product] un identifiant de produit
        [purchase] un identifiant d’achat
        [consent-entry] un identifiant de consentement
        [contact] un identifiant de contact
        [household-link] un identifiant de lien de foyer
        [promise] un identifiant de promesse
        [import] un identifiant d’import
       *[other] un identifiant
    }.
error-not-a-known = « { $text } » n’est pas { $field ->
        [reason] une raison connue
        [kind] un type connu
        [relation] un lien connu
        [channel] un moyen connu
        [purpose] un usage connu
        [state] un état connu
        [status] un statut connu
        [sort] un ordre de tri connu
        [messages] un choix de messages connu
        [category] une catégorie connue
        [source] une source connue
       *[other] une valeur connue pour « { $field } »
    } ; utilisez l’une de ces valeurs : { $names }.
error-vcard-line-too-long = Dans ce fichier vCard, la ligne { $line } dépasse { $mib } Mio, le maximum pour une ligne autre qu’une photo. Rien n’a été importé.
error-currency-file-shop-import = { $purchases ->
        [0] Le fichier est en { $file }, la boutique en { $shop }. N’importez que des fichiers dans la devise de la boutique (une nouvelle boutique prend la devise du fichier quand celui-ci en indique une seule).
       *[other] Le fichier est en { $file }, la boutique en { $shop }. N’importez que des fichiers dans la devise de la boutique.
    }
error-line-total-mismatch = Le total de ligne { $given } ne correspond pas à { $quantity } × { $unit_price } = { $total }.
error-line-total-mismatch-discount = Le total de ligne { $given } ne correspond pas à { $quantity } × { $unit_price } − { $discount } = { $total }.
error-unit-price-times-quantity = Le prix unitaire { $unit } fois la quantité { $quantity } donne { $expected }, mais le total de la ligne est { $total }.
error-unit-price-times-quantity-discount = Le prix unitaire { $unit } fois la quantité { $quantity }, moins la remise { $discount }, donne { $expected }, mais le total de la ligne est { $total }.
error-location = Shopkeeper n’a pas pu ouvrir son fichier de données à l’emplacement { $path } : { $reason }. Choisissez un dossier où vous pouvez écrire.
error-too-new = Cette boutique a été enregistrée par une version plus récente de Shopkeeper (données en version { $found }, cette version lit jusqu’à { $supported }). Veuillez mettre Shopkeeper à jour.
error-migration = Shopkeeper n’a pas pu mettre à jour les données de cette boutique de la version { $from } à la version { $to } ; il a donc laissé le fichier exactement tel quel. Gardez le fichier et signalez le problème ; la version précédente de Shopkeeper l’ouvre toujours.
error-no-shop = Il n’y a pas de boutique à l’emplacement { $path }.
error-storage = Les données de la boutique n’ont pas pu être lues ou écrites. Vos données n’ont pas été modifiées.
error-vault-wrong-passphrase = La phrase secrète n’est pas la bonne. Rien n’a été changé.
error-vault-recovery-key-typo = La clé de secours contient une faute de frappe. Vérifiez chaque groupe de caractères.
error-vault-not-a-vault = Ce fichier n’est pas un coffre Shopkeeper.
error-vault-newer-version = Ce coffre a été créé par une version plus récente de Shopkeeper.
error-vault-damaged = Ce fichier est endommagé ou a été trafiqué.
error-vault-kdf-out-of-bounds = Ce coffre demande des réglages de déverrouillage hors limites ; il a peut-être été trafiqué.
error-vault-already-exists = Un fichier existe déjà à cet endroit ; Shopkeeper ne l’écrasera pas.
error-vault-bad-path = Shopkeeper ne peut pas utiliser cet emplacement de fichier.
error-vault-io = Le fichier du coffre n’a pas pu être lu ou écrit : { $reason }
error-vault-sqlite = La base de données du coffre a signalé un problème : { $reason }
error-backup-not-a-backup = Ce fichier n’est pas une sauvegarde Shopkeeper, ou il a été abîmé pendant la copie. Essayez une autre copie.
error-backup-newer-version = Cette sauvegarde a été faite par une version plus récente de Shopkeeper. Mettez Shopkeeper à jour pour l’ouvrir.
error-backup-wrong-passphrase = La phrase secrète n’est pas la bonne pour cette sauvegarde.
error-backup-wrong-recovery-key = La clé de secours n’est pas la bonne pour cette sauvegarde.
error-backup-no-recovery-slot = Cette sauvegarde a été faite sans clé de secours. Utilisez plutôt sa phrase secrète.
error-backup-invalid-recovery-key = La clé de secours n’a pas la bonne longueur.
error-backup-kdf-out-of-bounds = Cette sauvegarde demande des réglages de déverrouillage hors limites ; elle a peut-être été trafiquée.
error-backup-truncated = Cette sauvegarde est incomplète : elle s’arrête trop tôt, comme si la sauvegarde ou sa copie avait été interrompue. Essayez une autre copie.
error-backup-damaged = Cette sauvegarde est endommagée : une partie de son contenu a été modifiée ou manque. Essayez une autre copie.
error-backup-already-exists = Un fichier existe déjà à cet endroit ; Shopkeeper ne l’écrasera pas.
error-backup-bad-path = Cet emplacement ne peut pas être utilisé pour une sauvegarde.
error-backup-target-not-empty = La base de données où restaurer n’est pas vide ; Shopkeeper ne restaure que dans une base neuve et vide.
error-backup-page-size-mismatch = La nouvelle base de données a été préparée d’une façon qui ne convient pas à cette sauvegarde (taille de page différente).
error-backup-restore-check-failed = La base de données restaurée n’a pas passé sa vérification. La sauvegarde a peut-être été faite à partir d’une boutique endommagée ; continuez avec la boutique actuelle.
error-backup-busy = La base de données de la boutique est occupée ; réessayez la sauvegarde dans un instant.
error-backup-io = Le fichier de sauvegarde n’a pas pu être lu ou écrit : { $reason }
error-backup-sqlite = La base de données de la boutique a signalé un problème : { $reason }
error-summary-no-customers = Il n’y a aucun client à mettre dans le résumé.
error-summary-main-font-missing = La police principale du résumé n’est pas installée (Debian, Ubuntu : fonts-noto-core ; Fedora : google-noto-sans-fonts).
error-summary-arabic-font-missing = La police pour les noms en arabe n’est pas installée (Debian, Ubuntu : fonts-noto-core ; Fedora : google-noto-sans-arabic-fonts).
error-summary-cjk-font-missing = La police pour les noms en chinois, japonais et coréen n’est pas installée (Debian, Ubuntu : fonts-noto-cjk ; Fedora : google-noto-sans-cjk-fonts).
error-summary-font-unreadable = Le fichier de police { $path } n’a pas pu être lu. Réinstallez le paquet d’où il vient.
error-summary-pdf = Le PDF n’a pas pu être écrit ({ $reason }). C’est un bogue de Shopkeeper ; merci de le signaler.
error-not-chosen = Shopkeeper n’enregistre que dans un fichier que vous venez de choisir dans la fenêtre d’enregistrement. Choisissez à nouveau où l’enregistrer.
error-too-many-tries = Trop d’essais erronés. Réessayez dans { $seconds } secondes.
error-desk-locked = Shopkeeper est verrouillé. Déverrouillez-le avec votre phrase secrète.
error-desk-in-customer-view = L’écran est en mode client. Le commerçant doit d’abord le déverrouiller.
error-desk-customer-view-ended = Merci. Veuillez rendre l’écran à la boutique.
error-desk-customer-view-off = Le mode client n’est pas actif.
error-desk-wrong-secret = Ce n’est ni le code ni la phrase secrète du commerçant.
error-desk-demo-without-pin = Seuls le code ou la phrase secrète du commerçant permettent de reprendre l’écran après le mode client, et la boutique de démonstration n’a ni l’un ni l’autre. Essayez le mode client dans votre propre boutique.
error-desk-suggestion-gone = Cette suggestion n’est plus dans la liste. Rouvrez « Aujourd’hui » pour voir les suggestions actuelles.
error-desk-no-restored-copy = Il n’y a pas de copie restaurée sur laquelle basculer. Restaurez d’abord une sauvegarde.
error-desk-backup-busy = Une sauvegarde est déjà en cours. Elle sera terminée dans un instant.
error-not-days = « { $text } » n’est pas un nombre de jours ; écrivez-le comme 30.
error-place-unusable = Shopkeeper ne peut pas utiliser cet emplacement : { $reason }. Choisissez un fichier sur cet ordinateur.
error-contact-app = L’application de ce lien n’a pas pu être ouverte ({ $reason }). Copiez plutôt le message.
error-work-stopped = Le travail s’est arrêté de façon inattendue : { $reason }
error-preferred-days-day = « { $day } » n’est pas un jour.
error-not-found-there-import-see = il n’y a pas d’import { $id } (voir `shopkeeper import list`)
error-folder-choose-folder-backups = Choisissez d’abord un dossier pour les sauvegardes (une clé USB ou un autre disque, c’est l’idéal).
error-folder-choose-shared-folder = Choisissez le dossier partagé (un dossier que Syncthing, Nextcloud, Dropbox ou un NAS copie entre vos ordinateurs).
error-path-file-could-opened = Le fichier { $path } n’a pas pu être ouvert : { $e }.

## Le personnel au comptoir
error-staff-wrong-pin = Ce code n’est pas le bon. Réessayez, ou demandez au propriétaire d’en définir un nouveau.
error-not-found-staff = Cette personne ne fait pas partie du personnel.
error-not-found-staff-named = Personne ne s’appelle « { $name } » dans le personnel. Le propriétaire peut l’ajouter dans Réglages → Personnel.
error-staff-pin-short = Le code d’un membre du personnel doit compter au moins { $min } chiffres.
error-staff-colour = « { $text } » n’est pas une couleur ; écrivez-la comme #3a7d5c.
error-staff-initials = Les initiales comptent une à quatre lettres.
error-staff-name-taken = Quelqu’un s’appelle déjà « { $name } » dans le personnel ; ajoutez un nom de famille ou une initiale.
error-not-allowed = { $permission ->
    [export-many] Exporter ou imprimer beaucoup de clients à la fois
    [erase] Effacer ou supprimer des clients
    [restore] Restaurer une sauvegarde ou importer un fichier
    [settings] Modifier les réglages de la boutique
    [vault] Changer la phrase secrète, la clé de secours ou le code du propriétaire
    [staff] Ajouter ou modifier le personnel
    [sync] Activer ou désactiver la synchronisation
   *[counter] Cela
} n’est pas prévu pour le rôle { $role ->
    [manager] responsable
   *[staff] personnel
}. Demandez au propriétaire de le faire, ou de vous donner un autre rôle.

## Staff at the counter: the app
error-staff-ask-minutes = La question « Qui est au comptoir ? » se règle entre 1 et { $max } minutes, ou se désactive.
