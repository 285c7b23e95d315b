# Ce qu’on demande au client pour chaque finalité, avant que le commerçant ne reformule.
consent-question =
    .service = Pouvons-nous vous contacter au sujet de vos commandes et réparations ?
    .recommendations = Pouvons-nous vous prévenir quand arrive quelque chose qui devrait vous plaire ?
    .promotions = Pouvons-nous vous envoyer de temps en temps nos nouvelles et nos offres ?
    .occasions = Pouvons-nous vous adresser un mot pour votre anniversaire ou d’autres occasions ?
