import { ParticipantRole } from '../generated/prisma/enums';

/** How a letter names each participant role (the glossary of domain.md). */
export const ROLE_LABEL: Readonly<Record<ParticipantRole, string>> = {
  CARE_PROVIDER: 'zorgaanbieder',
  CHAIR: 'voorzitter',
  CHILD: 'kind',
  GI: 'jeugdbeschermer (Gecertificeerde Instelling)',
  LOCAL_TEAM: 'lokaal team',
  MUNICIPALITY: 'gemeente',
  PARENT: 'ouder',
  RAAD: 'Raad voor de Kinderbescherming',
  REFERRER: 'verzoeker',
  SCHOOL: 'school',
  SECRETARY: 'secretaris',
  SUPPORT_PERSON: 'vertrouwenspersoon',
  VEILIG_THUIS: 'Veilig Thuis',
};
