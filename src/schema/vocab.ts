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
  'bien-gioi-bien-dao': 'An ninh biên giới, biển đảo',
  'phong-chong-ma-tuy': 'Phòng, chống ma túy, tệ nạn xã hội',
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
  'bien-phong': 'Bộ đội Biên phòng',
  'lao-dong-xa-hoi': 'Ngành lao động, thương binh và xã hội',
  'cong-doan': 'Công đoàn',
  'luc-luong-co-so': 'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
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
 * How a model was recognised, kept apart from what is known of its effect: a locality reporting it,
 * a formal review (sơ kết, tổng kết), a commendation (by whom, when), or selection for replication.
 */
export const RECOGNITION = vocabulary({
  'dia-phuong-bao-cao': 'Địa phương báo cáo',
  'da-so-ket-tong-ket': 'Đã sơ kết, tổng kết',
  'duoc-khen-thuong': 'Được khen thưởng, biểu dương',
  'duoc-chon-nhan-rong': 'Được chọn để nhân rộng',
});

/**
 * What is known of a model's effect on one outcome, an ordered ladder (weakest first). Activity figures
 * (camera installed, tips received) say the model runs, not that it prevents anything.
 */
export const EFFECT_LEVELS = vocabulary({
  'chua-co-so-lieu': 'Chưa có số liệu',
  'so-lieu-hoat-dong': 'Chỉ có số liệu hoạt động',
  'so-lieu-truoc-sau': 'Có số liệu trước, sau từ sơ kết, tổng kết',
  'danh-gia-doc-lap': 'Có đánh giá độc lập',
});

/** The two outcomes whose evidence is never mixed. */
export const OUTCOMES = vocabulary({
  prevention: 'Phòng ngừa',
  detection: 'Phát hiện, xử lý vụ việc',
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

/** What a model is for: the security and order problems a locality faces. */
export const PROBLEMS = vocabulary({
  'nam-tinh-hinh': 'Nắm tình hình, phát hiện sớm vụ việc ở cơ sở',
  'trom-cap-tai-san': 'Trộm cắp tài sản',
  'cuop-tai-san': 'Cướp, cướp giật tài sản',
  'ma-tuy': 'Ma túy',
  'mua-ban-nguoi': 'Mua bán người',
  'xuat-nhap-canh-trai-phep': 'Xuất nhập cảnh trái phép',
  'lua-dao': 'Lừa đảo, chiếm đoạt tài sản',
  'gay-roi': 'Gây rối trật tự công cộng',
  'mau-thuan': 'Mâu thuẫn, tranh chấp trong nhân dân',
  'bao-luc-gia-dinh': 'Bạo lực gia đình',
  'co-bac': 'Cờ bạc, số đề',
  'te-nan-xa-hoi': 'Tệ nạn xã hội khác',
  'vi-pham-tren-bien': 'Vi phạm trên biển, khai thác hải sản trái phép',
  'xam-pham-bien-gioi': 'Xâm phạm đường biên, mốc giới',
  'buon-lau': 'Buôn lậu, vận chuyển hàng cấm qua biên giới',
  'chay-no': 'Cháy, nổ',
  'an-toan-giao-thong': 'Trật tự an toàn giao thông',
  'tai-pham': 'Tái phạm của người lầm lỗi',
  'thanh-thieu-nien-vi-pham': 'Thanh thiếu niên vi phạm pháp luật',
  'loi-dung-ton-giao': 'Lợi dụng tín ngưỡng, tôn giáo',
  'mat-trat-tu-le-hoi': 'Mất trật tự tại di tích, lễ hội',
  'vu-khi': 'Vũ khí, vật liệu nổ',
  'tin-dung-den': 'Tín dụng đen, cho vay lãi nặng',
  'dich-benh': 'Dịch bệnh',
});

/** What an aggregate count counts: only counts of the same unit are ever added together. */
export const COUNT_UNITS = vocabulary({
  diem: 'điểm',
  'don-vi-cap-xa': 'đơn vị cấp xã',
  'khu-dan-cu': 'khu dân cư',
  to: 'tổ',
  nhom: 'nhóm',
  'hom-thu': 'hòm thư',
  camera: 'camera',
  'mo-hinh': 'mô hình',
  'dong-ho': 'dòng họ',
  'co-so': 'cơ sở',
  ho: 'hộ gia đình',
  nguoi: 'người',
  'truong-hop': 'trường hợp',
  'tau-thuyen': 'tàu thuyền',
  'giao-xu': 'giáo xứ, giáo họ',
  'dien-hinh': 'điển hình tiên tiến',
  'loai-mo-hinh': 'loại mô hình',
});

/** Qualifiers a source puts before a figure ("gần 1.000", "hơn 56.600"): kept, never dropped. */
export const QUALIFIERS = vocabulary({
  khoang: 'khoảng',
  gan: 'gần',
  hon: 'hơn',
  tren: 'trên',
  duoi: 'dưới',
  'it-nhat': 'ít nhất',
  'toi-da': 'tối đa',
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
export type Recognition = keyof typeof RECOGNITION.labels;
export type EffectLevel = keyof typeof EFFECT_LEVELS.labels;
export type Outcome = keyof typeof OUTCOMES.labels;
export type Problem = keyof typeof PROBLEMS.labels;
export type CountUnit = keyof typeof COUNT_UNITS.labels;
export type Qualifier = keyof typeof QUALIFIERS.labels;
export type ClaimKind = keyof typeof CLAIM_KINDS.labels;
export type Scope = keyof typeof SCOPES.labels;
export type ReviewType = keyof typeof REVIEW_TYPES.labels;
export type Decision = keyof typeof DECISIONS.labels;
export type Capacity = keyof typeof CAPACITIES.labels;
export type Funding = keyof typeof FUNDING.labels;

// ─── The site's own labels ──────────────────────────────────────────────────────────────────────
// Values the site computes or offers as controls, never written in content files: their Vietnamese
// labels live here too, so every label has one home. Content vocabularies go above this line.

/** The filters of the lists, the map and the search page, by their URL key. */
export const FILTER_LABELS = vocabulary({
  'van-de': 'Vấn đề cần giải quyết',
  'linh-vuc': 'Lĩnh vực',
  'mo-hinh': 'Mô hình',
  'loai-dia-ban': 'Loại địa bàn',
  'dac-diem': 'Đặc điểm địa bàn',
  tinh: 'Tỉnh, thành có điểm triển khai',
  'bang-chung': 'Điều đã biết về tác dụng',
  'tinh-trang': 'Tình trạng điểm triển khai',
  'do-day-du': 'Mức đầy đủ của hồ sơ',
  'cap-nhat': 'Cập nhật',
  'ra-soat': 'Rà soát điểm triển khai',
});

/** How complete a model's record is (src/lib/catalogue/completeness.ts). */
export const COMPLETENESS_BANDS = vocabulary({
  'day-du': 'Đầy đủ (từ 80%)',
  'kha-day-du': 'Khá đầy đủ (50–79%)',
  'con-thieu': 'Còn thiếu nhiều (dưới 50%)',
});

/** How recently a model was updated (src/lib/catalogue/freshness.ts). */
export const UPDATE_FRESHNESS = vocabulary({
  'trong-12-thang': 'Cập nhật trong 12 tháng qua',
  'hon-12-thang': 'Cập nhật đã hơn 12 tháng',
});

/** The review state of a model's deployments (src/lib/catalogue/freshness.ts). */
export const REVIEW_STATES = vocabulary({
  'can-ra-soat': 'Có điểm triển khai cần rà soát',
  'da-ra-soat': 'Mọi điểm đã rà soát trong 12 tháng',
});

/** The parts of the fit score (src/lib/workflow/fit.ts). */
export const FIT_DIMENSIONS = vocabulary({
  need: 'Nhu cầu',
  fit: 'Phù hợp với địa bàn',
  capacity: 'Năng lực, nguồn lực',
  evidence: 'Bằng chứng hiệu quả',
  supports: 'Hỗ trợ, nơi học hỏi',
});

/** The fit score's verdict, highest first. */
export const FIT_BANDS = vocabulary({
  cao: 'Phù hợp cao',
  'trung-binh': 'Có thể phù hợp, cần bổ sung',
  thap: 'Ít phù hợp',
  'het-muc-dich': 'Mô hình đã hết mục đích',
});

/** What a reason behind a fit score says about the locality. */
export const FIT_REASONS = vocabulary({
  match: 'Phù hợp',
  unmet: 'Còn thiếu, cần bổ sung',
  missing: 'Chưa đủ thông tin (không tính điểm)',
  note: 'Lưu ý',
});

export type CompletenessBand = keyof typeof COMPLETENESS_BANDS.labels;
export type UpdateFreshness = keyof typeof UPDATE_FRESHNESS.labels;
export type ReviewState = keyof typeof REVIEW_STATES.labels;
export type FitDimension = keyof typeof FIT_DIMENSIONS.labels;
export type FitBand = keyof typeof FIT_BANDS.labels;
export type ReasonKind = keyof typeof FIT_REASONS.labels;
