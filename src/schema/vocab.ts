/**
 * Controlled vocabularies. Each value is an ASCII key (stable in URLs, data files and filters)
 * with its Vietnamese label defined here and nowhere else.
 */

function vocabulary<const T extends Record<string, string>>(labels: T) {
  const keys = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { labels, keys, label: (key: keyof T & string): string => labels[key] };
}

/** Lĩnh vực: the main field a model works in. */
export const FIELDS = vocabulary({
  'tu-quan': 'Tự phòng, tự quản, tự bảo vệ, tự hòa giải',
  'camera-cong-nghe': 'Camera và công nghệ giám sát',
  'to-giac-toi-pham': 'Tiếp nhận tin báo, tố giác tội phạm',
  'giao-duc-nguoi-lam-loi': 'Quản lý, giáo dục người lầm lỗi tại cộng đồng',
  'dia-ban-an-toan': 'Xây dựng địa bàn, cơ sở an toàn về an ninh, trật tự',
  'di-tich-le-hoi': 'An ninh, trật tự tại di tích, lễ hội',
  'phong-chong-dich': 'Phòng, chống dịch bệnh tại cộng đồng',
  'tuyen-truyen': 'Tuyên truyền, phổ biến, giáo dục pháp luật',
  'dan-van': 'Dân vận, lắng nghe ý kiến nhân dân',
  'luc-luong-nong-cot': 'Lực lượng nòng cốt, người có uy tín',
});

/** Loại địa bàn, loại hình tổ chức where a model can be applied. */
export const UNIT_TYPES = vocabulary({
  'khu-dan-cu': 'Khu dân cư (thôn, tổ dân phố)',
  xa: 'Xã',
  phuong: 'Phường',
  'dac-khu': 'Đặc khu',
  'co-quan': 'Cơ quan',
  'doanh-nghiep': 'Doanh nghiệp',
  'nha-truong': 'Nhà trường, cơ sở giáo dục',
  'di-tich': 'Di tích, cơ sở tín ngưỡng',
  cho: 'Chợ',
  'khu-cong-nghiep': 'Khu công nghiệp',
});

/** Đặc điểm địa bàn: traits of a setting that make a model fit better or worse. */
export const SETTING_TRAITS = vocabulary({
  'do-thi': 'Đô thị',
  'nong-thon': 'Nông thôn',
  'bien-gioi': 'Biên giới',
  'bien-dao': 'Ven biển, biển đảo',
  'ton-giao': 'Đông đồng bào tôn giáo',
  'dan-toc-thieu-so': 'Đông đồng bào dân tộc thiểu số',
  'du-lich-le-hoi': 'Du lịch, lễ hội',
  'trong-diem-phuc-tap': 'Trọng điểm, phức tạp về an ninh, trật tự',
});

/** Cơ quan, tổ chức, lực lượng that lead or take part in a model. */
export const BODIES = vocabulary({
  'cap-uy': 'Cấp ủy đảng',
  ubnd: 'Ủy ban nhân dân',
  'cong-an': 'Công an',
  mttq: 'Mặt trận Tổ quốc Việt Nam',
  'doan-thanh-nien': 'Đoàn Thanh niên',
  'hoi-phu-nu': 'Hội Liên hiệp Phụ nữ',
  'hoi-cuu-chien-binh': 'Hội Cựu chiến binh',
  'hoi-nong-dan': 'Hội Nông dân',
  'ban-dan-van': 'Ban Dân vận',
  'ban-quan-ly-di-tich': 'Ban quản lý di tích',
  'co-quan-doanh-nghiep': 'Cơ quan, doanh nghiệp',
  'nha-truong': 'Nhà trường',
  'y-te': 'Y tế',
  'nguoi-co-uy-tin': 'Người có uy tín',
  'nguoi-dan': 'Người dân, hộ gia đình',
});

/** Năng lực sẵn có of a locality, matched against what a model needs (fit score, capacity). */
export const CAPACITIES = vocabulary({
  'to-tu-quan': 'Đã có tổ tự quản, tổ an ninh ở khu dân cư',
  'doan-the': 'Mặt trận và các đoàn thể hoạt động đều',
  'nguoi-co-uy-tin': 'Có người có uy tín, chức sắc sẵn sàng tham gia',
  'ban-quan-ly': 'Có ban quản lý địa điểm (di tích, chợ, khu công nghiệp)',
  camera: 'Đã có camera hoặc hạ tầng lắp camera',
  internet: 'Có đường truyền Internet ổn định',
  'xa-hoi-hoa': 'Có nguồn xã hội hóa (doanh nghiệp, nhà hảo tâm)',
  'diem-sinh-hoat': 'Có nhà văn hóa, điểm sinh hoạt cộng đồng',
});

/** Tình trạng hoạt động of a deployment. */
export const STATUSES = vocabulary({
  'dang-hoat-dong': 'Đang hoạt động',
  'tam-dung': 'Tạm dừng',
  'da-dung': 'Đã dừng',
});

/**
 * Mức bằng chứng, an ordered ladder (weakest first): a claim reported by a locality, a model
 * reviewed at sơ kết / tổng kết, recognised as điển hình, or independently evaluated.
 */
export const EVIDENCE_LEVELS = vocabulary({
  'dia-phuong-bao-cao': 'Địa phương báo cáo',
  'da-so-tong-ket': 'Đã sơ kết, tổng kết',
  'dien-hinh': 'Được biểu dương là điển hình',
  'danh-gia-doc-lap': 'Có đánh giá độc lập',
});

/** Kind of an outcome claim: prevention and detection claims are never mixed. */
export const CLAIM_KINDS = vocabulary({
  'phong-ngua': 'Phòng ngừa',
  'phat-hien': 'Phát hiện, xử lý vụ việc',
  'quy-mo': 'Quy mô triển khai',
  khac: 'Kết quả khác',
});

/** Phạm vi of a deployment record. */
export const SCOPES = vocabulary({
  diem: 'Một địa điểm',
  xa: 'Một đơn vị cấp xã',
  tinh: 'Tổng hợp toàn tỉnh, thành',
});

export const REVIEW_TYPES = vocabulary({
  'so-ket': 'Sơ kết (6 tháng)',
  'tong-ket': 'Tổng kết (12 tháng)',
});

export const DECISIONS = vocabulary({
  'tiep-tuc': 'Tiếp tục',
  'dieu-chinh': 'Điều chỉnh',
  dung: 'Dừng',
});

export const FUNDING = vocabulary({
  'ngan-sach': 'Ngân sách nhà nước',
  'xa-hoi-hoa': 'Xã hội hóa',
  'ket-hop': 'Kết hợp ngân sách và xã hội hóa',
});

export const INDICATOR_DIRECTIONS = vocabulary({
  tang: 'Càng cao càng tốt',
  giam: 'Càng thấp càng tốt',
});

export type Field = keyof typeof FIELDS.labels;
export type UnitType = keyof typeof UNIT_TYPES.labels;
export type SettingTrait = keyof typeof SETTING_TRAITS.labels;
export type Body = keyof typeof BODIES.labels;
export type Status = keyof typeof STATUSES.labels;
export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS.labels;
export type ClaimKind = keyof typeof CLAIM_KINDS.labels;
export type Scope = keyof typeof SCOPES.labels;
export type ReviewType = keyof typeof REVIEW_TYPES.labels;
export type Decision = keyof typeof DECISIONS.labels;
export type Capacity = keyof typeof CAPACITIES.labels;
export type Funding = keyof typeof FUNDING.labels;
