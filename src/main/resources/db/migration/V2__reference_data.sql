-- Reference data that every environment needs: the 12 regions (ISO 3166-2:MA codes), the
-- activity sectors named by the cooperation development office, and product categories.
-- Sectors and categories are rows so that more can be added without a release.

INSERT INTO region (code, name_fr, name_ar, name_en) VALUES
('MA-01', 'Tanger-Tétouan-Al Hoceïma', 'طنجة تطوان الحسيمة', 'Tangier-Tetouan-Al Hoceima'),
('MA-02', 'L''Oriental', 'الشرق', 'Oriental'),
('MA-03', 'Fès-Meknès', 'فاس مكناس', 'Fez-Meknes'),
('MA-04', 'Rabat-Salé-Kénitra', 'الرباط سلا القنيطرة', 'Rabat-Sale-Kenitra'),
('MA-05', 'Béni Mellal-Khénifra', 'بني ملال خنيفرة', 'Beni Mellal-Khenifra'),
('MA-06', 'Casablanca-Settat', 'الدار البيضاء سطات', 'Casablanca-Settat'),
('MA-07', 'Marrakech-Safi', 'مراكش آسفي', 'Marrakesh-Safi'),
('MA-08', 'Drâa-Tafilalet', 'درعة تافيلالت', 'Draa-Tafilalet'),
('MA-09', 'Souss-Massa', 'سوس ماسة', 'Souss-Massa'),
('MA-10', 'Guelmim-Oued Noun', 'كلميم واد نون', 'Guelmim-Oued Noun'),
('MA-11', 'Laâyoune-Sakia El Hamra', 'العيون الساقية الحمراء', 'Laayoune-Sakia El Hamra'),
('MA-12', 'Dakhla-Oued Ed-Dahab', 'الداخلة وادي الذهب', 'Dakhla-Oued Ed-Dahab');

INSERT INTO sector (code, name_fr, name_ar, name_en) VALUES
('LABOUR', 'Main d''œuvre', 'اليد العاملة', 'Labour'),
('AGRICULTURE', 'Agriculture', 'الفلاحة', 'Agriculture'),
('FORESTRY', 'Forêts', 'الغابات', 'Forestry'),
('FISHING', 'Pêche', 'الصيد البحري', 'Fishing'),
('MINING', 'Mines', 'المعادن', 'Mining'),
('CRAFTS', 'Artisanat', 'الصناعة التقليدية', 'Crafts'),
('HOUSING', 'Habitat', 'السكن', 'Housing'),
('TRANSPORT', 'Transport', 'النقل', 'Transport'),
('LITERACY', 'Alphabétisation', 'محو الأمية', 'Literacy'),
('TOURISM', 'Tourisme', 'السياحة', 'Tourism'),
('RETAIL', 'Commerce de détail', 'تجارة التقسيط', 'Retail trade'),
('ART_CULTURE', 'Art et culture', 'الفن والثقافة', 'Art and culture'),
('QUARRYING', 'Carrières', 'المقالع', 'Quarrying'),
('ECOMMERCE', 'Commerce électronique', 'التجارة الإلكترونية', 'E-commerce'),
('WASTE', 'Traitement des déchets', 'معالجة النفايات', 'Waste treatment');

INSERT INTO product_category (code, name_fr, name_ar, name_en) VALUES
('ARGAN_OIL', 'Huile d''argan', 'زيت الأركان', 'Argan oil'),
('HONEY', 'Miel', 'العسل', 'Honey'),
('SAFFRON', 'Safran', 'الزعفران', 'Saffron'),
('DATES', 'Dattes', 'التمور', 'Dates'),
('COUSCOUS', 'Couscous', 'الكسكس', 'Couscous'),
('AMLOU', 'Amlou', 'أملو', 'Amlou'),
('OLIVE_OIL', 'Huile d''olive', 'زيت الزيتون', 'Olive oil'),
('ROSE_WATER', 'Eau de rose', 'ماء الورد', 'Rose water'),
('COSMETICS', 'Cosmétiques', 'مستحضرات التجميل', 'Cosmetics'),
('RUGS', 'Tapis', 'الزرابي', 'Rugs'),
('POTTERY', 'Poterie', 'الفخار', 'Pottery'),
('BASKETRY', 'Vannerie', 'السلالة', 'Basketry'),
('TEXTILES', 'Textiles brodés', 'المنسوجات المطرزة', 'Embroidered textiles'),
('OTHER', 'Autres produits', 'منتجات أخرى', 'Other products');
