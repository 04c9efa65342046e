import type { PhraseTable } from './table';

/** English. Patterns: see table.ts. */
export const EN: PhraseTable = {
  relationship:
    'as/being/be/am/m/was/were your therapist*/counsel*/psycholog*/psychiatrist*/clinician/provider|as/being/be your social worker|' +
    'you [ve/re] are/were/been/re [a/an/my/our/one] [of] [my/our] [former/past/favorite/favourite/first/best] client/clients/patient/patients|' +
    'my [first/favorite/favourite/best/former/past/longest/new/young/teen/teenage] client/clients/patient/patients|' +
    'a/one former client/clients/patient/patients|' +
    'a/one/another client/patient told/said/shared/asked/wrote/sent/texted/cried me|' +
    'client/clients/patient/patients i/we have/ve/saw/see/treat*/counsel*/work*|' +
    'our [first/last/next/final/weekly/early/recent/previous/couples/family] session*|' +
    'in session|in our sessions|therapy session*|counseling session*|counselling session*|session with a/an/my/this|' +
    'our work/time together|worked on together|we worked on|' +
    'talked/discussed/worked/practiced/covered .. in therapy/session/counseling|we ... in therapy|' +
    'therapy/counseling/counselling/sessions with me/us/here|' +
    'treat*/counsel* you|treated you for|seeing you every/each/weekly|see you every week|' +
    'started/began therapy/counseling/counselling|' +
    'came/come/coming/first came to see me|to me for therapy/counseling/help|trust* me with your|' +
    'years/months/weeks of therapy/counseling/counselling|when we first met',
  clinical:
    'safety plan|sertraline|zoloft|lexapro|escitalopram|prozac|fluoxetine|wellbutrin|bupropion|xanax|alprazolam|' +
    'klonopin|clonazepam|ativan|lorazepam|adderall|ritalin|vyvanse|concerta|seroquel|quetiapine|abilify|lamictal|' +
    'lamotrigine|trazodone|effexor|venlafaxine|cymbalta|duloxetine|paxil|celexa|citalopram|buspirone|suboxone|' +
    'methadone|naltrexone|benzo/benzos|benzodiazepine*|antidepressant*|antipsychotic*|ssri/ssris|lithium dose|' +
    'ketamine treatment*|spravato|esketamine',
  clinicalTerms:
    'anxiety|depression|depressive|panic attack*|panic disorder|ptsd|c ptsd|post traumatic|ocd|obsessive compulsive|' +
    'adhd|bipolar|schizophreni*|psychosis|psychotic|eating disorder*|anorexi*|bulimi*|binge eating|insomnia|' +
    'nightmares|flashbacks|dissociat*|self harm*|suicid*|overdos*|relapse*|sobriety|sober|addiction|alcoholism|' +
    'withdrawal|diagnos*|disorder|borderline|agoraphobia|phobia|postpartum|medication*|meds|dose|dosage|' +
    'prescription*|prescribed|symptom*|mania|manic|psychiatric|hospitaliz*|inpatient|rehab|detox|ketamine|' +
    'mental illness|breakdown|crisis|trauma',
  logistics: 'no show*|noshow*|no showed|no showing|late cancel*|cancellation fee*|missed your|superbill*|prior authorization',
  logisticsTerms:
    'appointment*|intake|cancel*|reschedul*|copay*|co pay*|deductible|insurance|claim|authorization|invoice*|' +
    'receipt*|billing|billed|collections|records|session notes|clinical notes|paperwork|' +
    'visit|visits|hsa|fsa|out of network|reimburse*|fee|fees|charged',
  reviews:
    'leav*/writ*/wrote/post/posting/drop/give/left .. review*|review us|rate us|google/yelp/facebook review*|' +
    'review* on google/yelp/facebook/healthgrades/zocdoc/psychology today|testimonial*|success stories|' +
    'solicit* .. review*|ask* .. for reviews|5/five star review*',
  sharing:
    'share this/our post/page/video|share with anyone/friends/someone/others/everyone|please share|like and share|' +
    'tag a friend|tag someone|tag us|tag the/our practice|check in at/here/on',
  rewards:
    'refer* a friend|refer friends|refer someone|refers a friend|referral program/bonus*/reward*/credit/code/discount*|' +
    'every/each/per referral|for referring|bring a friend|# off|get/receive/earn # credit|give # get #|save #|' +
    'discount* .. for/on/exchange .. review*/referral*|free session*|get/receive a free',
  negators: 'not|never|no|cannot|t|nor|neither|without|won',
  notNegating: 't forget|not forget|never forget|t hesitate|t miss|not miss|never miss',
  secondPerson: 'you|your|yours|yourself|you re|you ve|you ll|you d|u|ur',
  thirdPerson: 'he|she|his|her|him|hers|himself|herself',
  generic: 'if|anyone|anybody|everyone|everybody|many|people|whoever|someone|somebody|most of us',
  time:
    'today|tomorrow|tonight|monday*|tuesday*|wednesday*|thursday*|friday*|saturday*|sunday*|# am/pm|' +
    'at #|this morning|this afternoon|next week',
};
