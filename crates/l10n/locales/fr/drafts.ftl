# Les brouillons de messages intégrés, un par type de suggestion : .subject
# (pour l’e-mail) et .body, courts et dans la voix du commerçant, adressés au
# client (vouvoiement). Chaque variable est un emplacement que le commerçant
# voit sous la forme {first_name}, {product}… quand il modifie un modèle :
# les garder toutes dans une traduction. $owner signe le message.

draft-replenishment-due =
    .subject = Votre { $product }
    .body =
        Bonjour { $first_name }, vous arrivez peut-être bientôt au bout de votre { $product }. Voulez-vous que je vous en mette de côté ?

        — { $owner }
draft-lapsing-regular =
    .subject = { $shop_name } vous passe le bonjour
    .body =
        Bonjour { $first_name }, cela fait un moment, et j’espère que tout va bien pour vous. Au plaisir de vous revoir la prochaine fois que vous passerez dans le quartier.

        — { $owner }
draft-occasion =
    .subject = Votre { $occasion }
    .body =
        Bonjour { $first_name }, j’ai noté que votre { $occasion } tombe le { $date }. Si je peux vous aider pour quoi que ce soit d’ici là, dites-le-moi simplement.

        — { $owner }
draft-thank-you =
    .subject = Merci
    .body =
        Bonjour { $first_name }, merci pour votre visite chez { $shop_name }. J’espère que votre choix vous plaira, et n’hésitez pas à me dire ce que vous en pensez.

        — { $owner }
draft-matches-taste =
    .subject = { $product } vient d’arriver
    .body =
        Bonjour { $first_name }, { $product } vient d’arriver, et j’ai tout de suite pensé à vous. Voulez-vous que je vous en mette de côté ?

        — { $owner }
draft-service-check =
    .subject = L’heure de votre { $product }
    .body =
        Bonjour { $first_name }, votre { $product } est à prévoir vers le { $date }. Voulez-vous que je vous réserve un créneau ?

        — { $owner }
draft-promised-follow-up =
    .subject = Comme promis
    .body =
        Bonjour { $first_name }, comme promis : { $promise }.

        — { $owner }
