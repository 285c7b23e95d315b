# Los borradores de mensajes incluidos, uno por tipo de sugerencia: .subject
# (para el email) y .body, cortos y con la voz del dueño, dirigidos al cliente
# (de usted). Cada variable es un marcador que el dueño ve como {first_name},
# {product}… al editar una plantilla: hay que conservarlas todas en una
# traducción. $owner firma el mensaje.

draft-replenishment-due =
    .subject = Su { $product }
    .body =
        Hola, { $first_name }. Quizá ya le quede poco de su { $product }. ¿Quiere que le aparte algo?

        — { $owner }
draft-lapsing-regular =
    .subject = Un saludo de { $shop_name }
    .body =
        Hola, { $first_name }. Hace tiempo que no nos vemos y espero que todo le vaya bien. Me alegrará que vuelva a pasar por aquí cuando le venga bien.

        — { $owner }
draft-occasion =
    .subject = Su { $occasion }
    .body =
        Hola, { $first_name }. He visto que su { $occasion } es el { $date }. Si le puedo echar una mano con algo antes, no dude en decírmelo.

        — { $owner }
draft-thank-you =
    .subject = Gracias
    .body =
        Hola, { $first_name }. Gracias por su visita a { $shop_name }. Espero que disfrute de lo que eligió; ya me contará qué tal.

        — { $owner }
draft-matches-taste =
    .subject = Ya ha llegado { $product }
    .body =
        Hola, { $first_name }. Acaba de llegar { $product } y me he acordado de usted. ¿Quiere que le haga una reserva?

        — { $owner }
draft-service-check =
    .subject = Le toca { $product }
    .body =
        Hola, { $first_name }. Hacia el { $date } le toca { $product }. ¿Quiere que le reserve una cita?

        — { $owner }
draft-promised-follow-up =
    .subject = Como le prometí
    .body =
        Hola, { $first_name }. Como le prometí: { $promise }.

        — { $owner }
