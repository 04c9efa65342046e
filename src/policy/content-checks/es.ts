import type { PhraseTable } from './table';

/** Spanish (accents are folded before matching: "sesión" is written "sesion"). Patterns: see table.ts. */
export const ES: PhraseTable = {
  relationship:
    'como/ser/soy/fui/sido/siendo tu/su terapeuta/psicolog*/psiquiatra/consejer*/orientador*|' +
    'fuiste/eres/sido .. paciente/pacientes/cliente/clientes|' +
    'mi/mis paciente/pacientes/cliente/clientes|una/un/otra/otro paciente/pacientes me|' +
    'un/una/mi/mis expaciente*/excliente*|nuestra/nuestras/nuestro [primera/ultima/proxima/siguiente] sesion*|' +
    'en sesion|sesion* de terapia|sesion* contigo|terapia/consulta/sesiones conmigo|' +
    'hablamos/trabajamos/vimos/practicamos .. terapia/sesion|trabajamos juntos/juntas|nuestro trabajo junt*|' +
    'lo que trabajamos|te trate/atendi/acompane|tratarte|atenderte|acompanarte|' +
    'empezaste/comenzaste/iniciaste terapia|meses/anos/semanas de terapia|confiarme',
  clinical:
    'plan de seguridad|sertralina|zoloft|lexapro|escitalopram|prozac|fluoxetina|wellbutrin|bupropion|xanax|' +
    'alprazolam|clonazepam|rivotril|lorazepam|trankimazin|adderall|ritalin|concerta|seroquel|quetiapina|abilify|' +
    'lamotrigina|trazodona|venlafaxina|duloxetina|paroxetina|citalopram|benzodiacepina*|antidepresivo*|' +
    'antipsicotico*|metadona|naltrexona|ketamina',
  clinicalTerms:
    'ansiedad|depresion|depresivo*|ataque*/crisis de panico|trastorno*|tept|estres postraumatico|toc|tdah|bipolar|' +
    'esquizofreni*|psicosis|psicotico*|anorexi*|bulimi*|atracon*|insomnio|pesadillas|disociaci*|autolesi*|' +
    'suicid*|sobredosis|recaida*|sobriedad|sin beber|sin consumir|adiccion*|alcoholismo|abstinencia|diagnostic*|' +
    'medicacion|medicamento*|dosis|pastillas|sintoma*|mania|maniaco*|psiquiatric*|hospitaliza*|internamiento|' +
    'rehabilitacion|desintoxicacion|crisis|trauma*|fobia*|agorafobia',
  logistics:
    'cancelacion tardia|tarifa/cargo/cobro por cancelacion/inasistencia|inasistencia*|faltaste|no te presentaste|' +
    'no viniste|tu/su seguro|aseguradora|tarjeta del seguro|copago*|historial clinico|historia clinica|' +
    'notas clinicas|formulario de admision',
  logisticsTerms:
    'cita|citas|cancela*|reprogram*|reagend*|agendad*|deducible|factura*|cobr*|tarifa|saldo|registros|primera consulta|reembolso*|' +
    'expediente|admision|autorizacion|reclamacion|visita|visitas',
  reviews:
    'dej*/escrib*/public*/danos/darnos .. resena*|resena* en google/yelp/facebook/doctoralia|testimonio*|' +
    'calificanos|valoranos|pid*/pedimos/pedir/solicit* .. resena*/testimonio*|historias de exito',
  sharing:
    'comparte/compartan/compartelo/compartela/compartenos|comparte* esta/nuestra publicacion/pagina|' +
    'etiqueta/etiquetar/etiqueten a/al|etiquetanos|etiquetar/etiqueta a la consulta|haz/hagas/hagan/hacer check in|' +
    'dale like y comparte',
  rewards:
    'recomienda*/refiere* a un/una amig*|programa de referidos|por cada referido|por cada amig*|por referir|' +
    '# de descuento|descuento* .. por/cambio .. resena*/recomendacion*/referido*|sesion* gratis|te regalamos|credito por|dos por uno',
  negators: 'no|nunca|jamas|ni|tampoco|sin',
  notNegating: 'no olvides|no te olvides|no olvide|no dudes|no te pierdas|no dejes de',
  secondPerson: 'tu|tus|te|ti|contigo|usted|tuyo|tuya',
  thirdPerson: 'ella|su|sus',
  generic: 'si|cualquier*|muchas personas|mucha gente|todas las personas|todos|quien|quienes|alguien',
  time:
    'hoy|manana|esta tarde|esta noche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|a las #|a la #|' +
    'la semana que viene|la proxima semana',
};
