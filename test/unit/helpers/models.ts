/** The smallest valid model record (synthetic): every optional part left empty. */
import type { ModelInput } from '../../../src/schema/model.ts';

export const minimalModelInput: ModelInput = {
  title: 'Mô hình tối thiểu',
  summary: 'Tóm tắt.',
  field: 'tu-quan',
  unitTypes: ['xa'],
  leadBodies: ['cong-an'],
  problem: 'Vấn đề.',
  problems: ['trom-cap-tai-san'],
  evidence: {
    recognition: [{ kind: 'dia-phuong-bao-cao', source: 'nguon' }],
    effect: { prevention: 'chua-co-so-lieu', detection: 'chua-co-so-lieu' },
  },
  sources: [{ id: 'nguon', title: 'Nguồn', publisher: 'Báo', date: '2023-01-01' }],
  updated: '2025-01-01',
};
