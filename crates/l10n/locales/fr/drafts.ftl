# Les brouillons de messages fournis, un par type de suggestion : .subject
# (pour l’e-mail) et .body, courts, avec la voix du commerçant, au client
# (vouvoiement). Chaque variable est un champ que le commerçant voit comme
# {first_name}, {product}… en modifiant un modèle : les garder toutes.
# $owner signe le message.

draft-replenishment-due =
    .subject = Votre { $product }
    .body =
        Bonjour { $first_name }, vous arrivez sans doute au bout de votre { $product }. Voulez-vous que je vous en mette de côté ?

        — { $owner }
draft-lapsing-regular =
    .subject = Des nouvelles de { $shop_name }
    .body =
        Bonjour { $first_name }, cela fait un moment, et j’espère que tout va bien. Ce serait un plaisir de vous revoir la prochaine fois que vous passerez par ici.

        — { $owner }
draft-occasion =
    .subject = Votre { $occasion }
    .body =
        Bonjour { $first_name }, j’ai vu que votre { $occasion } tombe le { $date }. Si je peux vous aider pour quoi que ce soit d’ici là, dites-le-moi.

        — { $owner }
draft-thank-you =
    .subject = Merci
    .body =
        Bonjour { $first_name }, merci de votre passage chez { $shop_name }. J’espère que votre choix vous plaît ; racontez-moi ce que vous en pensez.

        — { $owner }
draft-matches-taste =
    .subject = Nouveauté : { $product }
    .body =
        Bonjour { $first_name }, { $product } vient d’arriver et j’ai pensé à vous. Voulez-vous que je vous en mette de côté ?

        — { $owner }
draft-service-check =
    .subject = C’est bientôt l’heure de votre { $product }
    .body =
        Bonjour { $first_name }, { $product } est à prévoir vers le { $date }. Voulez-vous que je vous réserve un créneau ?

        — { $owner }
draft-promised-follow-up =
    .subject = Comme promis
    .body =
        Bonjour { $first_name }, comme promis : { $promise }.

        — { $owner }
