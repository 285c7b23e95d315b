## Resúmenes de clientes impresos y exportados (PDF, HTML, Markdown), el
## informe de datos para el cliente y el formulario de consentimiento en papel:
## claves summary-… y form-…. Se escriben en el idioma del cliente; lo que es
## «para la tienda» lo lee el personal, lo demás el cliente (de usted).

## Fechas. $day y $year son números; $month es el nombre de un mes
## (summary-month, o su forma .short para .short).
summary-date = { $day } de { $month } de { $year }
    .short = { $day } { $month } { $year }
    .day-month = { $day } de { $month }
    .with-time = { $date }, { $time }
# $month: de 1 a 12.
summary-month = { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
    .short = { $month ->
        [1] ene
        [2] feb
        [3] mar
        [4] abr
        [5] may
        [6] jun
        [7] jul
        [8] ago
        [9] sept
        [10] oct
        [11] nov
       *[12] dic
    }
# $day: de 1 (lunes) a 7 (domingo), abreviado.
summary-weekday = { $day ->
        [1] lun
        [2] mar
        [3] mié
        [4] jue
        [5] vie
        [6] sáb
       *[7] dom
    }

## Cabecera y pie de página.
summary-page = Página { $page } de { $total }
summary-pdf-title = { $shop }: { $name }
summary-pdf-title-many = { $shop }: resúmenes de clientes
summary-continued = { $heading } (continuación)
summary-nothing = No hay nada registrado.

## Títulos de sección.
summary-heading =
    .careful = Alergias y cosas que no le gustan
    .preferences = Preferencias
    .staff-notes = Notas para el personal
    .about = Datos
    .purchases = Compras recientes
    .contact = Contacto
    .about-you = Sus datos
    .your-preferences = Sus preferencias
    .your-purchases = Sus compras recientes
    .how-contact = Cómo podemos contactarle
    .notes-about-you = Nuestras notas sobre usted
    .choices = Cambios en sus decisiones
    .kept = Qué guardamos sobre usted y por qué

## Etiquetas delante de un valor.
summary-label =
    .contact = Contacto
    .language = Idioma
    .birthday = Cumpleaños
    .household = Hogar
    .tags = Etiquetas
    .name = Nombre
    .reach-you = Cómo contactarle
    .your-household = Su hogar
    .our-labels = Nuestras etiquetas
    .our-reference = Nuestra referencia
    .prefers = Prefiere
    .you-prefer = Usted prefiere
    .how-often = Con qué frecuencia
    .quiet-until = Sin mensajes hasta el

## Columnas de las tablas.
summary-column =
    .when = Cuándo
    .how = Cómo
    .what-for = Para qué
    .your-choice = Su decisión
    .how-you-told = Cómo nos lo dijo
    .wording = Versión
    .what-we-keep = Qué guardamos
    .why = Por qué
    .date = Fecha
    .what = Artículo
    .quantity = Cantidad
    .amount = Importe
    .allowed = Permitido

## Marcas en una preferencia.
summary-badge =
    .allergy = Alergia
    .dislike = No le gusta
summary-for = Para { $who }
summary-from = Origen: { $source }
summary-noted = Anotado el { $date }
summary-why-kept = Por qué lo guardamos: { $purpose }

## El resumen para el personal.
summary-shop-subtitle = Resumen del cliente para la tienda
summary-shop-subtitle-ref = Resumen del cliente para la tienda · { $reference }
summary-shop-footer = Para el personal de la tienda. Guárdelo fuera de la vista de otros clientes.

## El resumen para el cliente (lo que pide una solicitud de acceso).
summary-customer-subtitle = Qué guarda { $shop } sobre usted
summary-customer-intro = Esto es todo lo que { $shop } guarda sobre usted a fecha de { $date }. Si algo no es correcto o está desactualizado, díganoslo y lo corregiremos. También puede pedirnos que lo borremos todo.
summary-customer-footer = Preparado para { $name } el { $date }.

## Lo que guarda la tienda, en palabras.
summary-channel =
    .email = Correo electrónico
    .sms = SMS
    .phone = Llamada
    .post = Correo postal
    .messaging = Mensajería
summary-purpose =
    .service = Sobre sus pedidos y reparaciones
    .recommendations = Recomendaciones personales
    .promotions = Promociones y boletines
    .occasions = Felicitaciones de cumpleaños y ocasiones
summary-state =
    .granted = Sí
    .refused = No
    .not-asked = No se ha preguntado
summary-category =
    .size = Tallas
    .fit = Corte
    .colour = Colores
    .brand = Marcas
    .style = Estilo
    .taste = Gustos
    .allergy = Alergias
    .dislike = No le gusta
    .gift-idea = Ideas de regalo
    .other = Otros
summary-source =
    .told-shop = Nos lo dijo
    .told-customer = Usted nos lo dijo
    .noticed = Lo notó la tienda
summary-relation =
    .partner = pareja
    .child = hijo/a
    .parent = padre/madre
    .buys-for = compra para esta persona
    .bought-for = esta persona compra para él/ella
    .other = familiar
summary-household-member = { $name } ({ $relation })
# $code: el código de idioma tal como lo escribió la tienda; un código desconocido se muestra tal cual.
summary-language = { $code ->
        [en] inglés
        [nb] noruego
        [no] noruego
        [nn] noruego
        [da] danés
        [sv] sueco
        [de] alemán
        [fr] francés
        [es] español
        [it] italiano
        [nl] neerlandés
        [pt] portugués
        [pl] polaco
        [fi] finés
        [zh] chino
        [ja] japonés
        [ar] árabe
       *[other] { $code }
    }
summary-every-year = { $label } (cada año)
summary-returned = Devuelto: { $what }
summary-purchase = Compra
summary-no-channel = Ningún medio
summary-channel-times = { $channel }, { $times }
# Cómo se tomó una decisión, para las vías que Shopkeeper registra por sí mismo.
summary-method =
    .customer-in-shop = usted mismo, en la pantalla de la tienda
    .signed-form = formulario firmado
    .merged = tomado de un registro duplicado
summary-method-imported = importado de { $layout }

## Con qué frecuencia se puede contactar al cliente.
summary-frequency-none = Ningún mensaje
summary-frequency-at-most = Como máximo { $count } { $period }
# $n: cuántos mensajes.
summary-frequency-count = { $n ->
        [1] un mensaje
        [2] dos mensajes
        [3] tres mensajes
       *[other] { $n } mensajes
    }
# $days: el periodo en días (30 es un mes, 61 dos meses, 91 tres, 182 seis, 365 un año).
summary-frequency-period = { $days ->
        [1] al día
        [7] a la semana
        [14] cada dos semanas
        [30] al mes
        [61] cada dos meses
        [91] cada tres meses
        [182] cada seis meses
        [365] al año
       *[other] cada { $days } días
    }
summary-frequency-weeks = cada { $weeks } semanas
summary-frequency-days = { $rule }, preferiblemente: { $days }
summary-frequency-topics = { $rule }; sobre { $topics }
summary-frequency-usual = { $rule } (la norma habitual de la tienda)
    .customer = { $rule } (nuestra norma habitual; díganos si la quiere distinta)

## Cada tipo de dato que guarda la tienda, y por qué (resumen para el cliente).
summary-kept =
    .contact = Datos de contacto
    .preferences = Preferencias
    .purchases = Compras
    .consent = Sus consentimientos
summary-kept-why =
    .contact = Para contactarle como nos pidió.
    .preferences = Para recordar lo que le gusta y evitar lo que no.
    .purchases = Para saber lo que compró, para el servicio y el seguimiento.
    .consent = Para demostrar qué nos permitió y cuándo.

## El formulario en papel (lo lee el cliente).
form-title = Sus preferencias y decisiones
form-subtitle-for = Para { $name } · revise, corrija y marque, por favor
form-subtitle-blank = Rellénelo con bolígrafo, por favor
form-intro = Diga a { $shop } qué debemos recordar y cómo podemos contactarle: marque sí o no para cada medio. Puede cambiar de opinión cuando quiera, y pedirnos ver o borrar lo que guardamos.
form-heading =
    .about = Sus datos
    .remember = Lo que le gustaría que recordáramos
    .contact = ¿Podemos contactarle?
form-signature = Fecha y firma
form-footer = Versión del formulario { $version }
form-yes = Sí
form-no = No
form-about =
    .name = Nombre
    .email = Correo electrónico
    .phone = Teléfono
    .address = Dirección
    .birthday = Cumpleaños
form-remember =
    .sizes = Tallas y corte
    .likes = Lo que le gusta
    .dislikes = Lo que no le gusta
    .allergies = Alergias
form-frequency =
    .how-often = Con qué frecuencia como máximo
    .quiet-until = Sin mensajes hasta el

summary-taken-by = { $how }, registrado por { $name }

## La hoja del día
sheet-title = Seguimientos de hoy
sheet-subtitle = { $n ->
    [0] Hoy no hay nadie a quien hacer seguimiento
    [one] Un cliente a quien hacer seguimiento · márcalo al terminar
   *[other] { $n } clientes a quienes hacer seguimiento · márcalos al terminar
}
sheet-heading =
    .to-contact = Contactar hoy
    .in-person = Mencionar en su próxima visita
sheet-column =
    .done = Hecho
    .customer = Cliente
    .why = Por qué
    .how = Cómo contactar
sheet-nobody = Nadie hoy.
sheet-footer = Para el personal de la tienda. Contacta a cada cliente solo por el medio indicado: es el que permite hoy.
