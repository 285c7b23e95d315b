# Los borradores de mensajes incluidos, uno por tipo de sugerencia: .subject
# (para el email) y .body, breves, con la voz del dueño, al cliente (usted).
# Cada variable es un campo que el dueño ve como {first_name}, {product}…
# al editar una plantilla: hay que conservarlas todas. $owner firma el mensaje.

draft-replenishment-due =
    .subject = Su { $product }
    .body =
        Hola, { $first_name }: puede que ya le quede poco { $product }. ¿Quiere que le guarde un poco más?

        — { $owner }
draft-lapsing-regular =
    .subject = Un saludo de { $shop_name }
    .body =
        Hola, { $first_name }: hace tiempo que no nos vemos y espero que todo vaya bien. Nos alegrará verle la próxima vez que pase por aquí.

        — { $owner }
draft-occasion =
    .subject = Su { $occasion }
    .body =
        Hola, { $first_name }: he visto que su { $occasion } es el { $date }. Si puedo ayudarle en algo antes, no dude en decírmelo.

        — { $owner }
draft-thank-you =
    .subject = Gracias
    .body =
        Hola, { $first_name }: gracias por pasar por { $shop_name }. Espero que disfrute de lo que eligió; ya me contará qué tal.

        — { $owner }
draft-matches-taste =
    .subject = Ha llegado { $product }
    .body =
        Hola, { $first_name }: acaba de llegar { $product } y me he acordado de usted. ¿Quiere que le aparte uno?

        — { $owner }
draft-service-check =
    .subject = Le toca su { $product }
    .body =
        Hola, { $first_name }: le toca { $product } hacia el { $date }. ¿Quiere que le reserve hora?

        — { $owner }
draft-promised-follow-up =
    .subject = Como le prometí
    .body =
        Hola, { $first_name }: como le prometí, { $promise }.

        — { $owner }
