package ma.coopmarket.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;

import org.jboss.logging.Logger;

import ma.coopmarket.cooperative.CooperativeFilter;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.cooperative.CooperativeView;
import ma.coopmarket.programme.CallFields;
import ma.coopmarket.programme.CallService;
import ma.coopmarket.programme.Eligibility;
import ma.coopmarket.programme.ProgrammeFields;
import ma.coopmarket.programme.ProgrammeFilter;
import ma.coopmarket.programme.ProgrammeService;
import ma.coopmarket.shared.web.PageParams;
import ma.coopmarket.training.EnrollmentFields;
import ma.coopmarket.training.EnrollmentService;
import ma.coopmarket.training.Gender;
import ma.coopmarket.training.ParticipantRole;
import ma.coopmarket.training.TeachingLanguage;
import ma.coopmarket.training.TrainingFields;
import ma.coopmarket.training.TrainingMode;
import ma.coopmarket.training.TrainingService;

/**
 * Demo programmes for the embedded quick start: three programmes, six upcoming trainings over the
 * topics, modes and languages, two calls (one open to all, one for women's cooperatives of two
 * regions), and a few participants of the demo cooperatives. Dev profile only; runs after
 * {@link DemoDataLoader}, through the services, as an admin.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class TrainingDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(TrainingDemoDataLoader.class);

    private final ProgrammeService programmes;
    private final CallService calls;
    private final TrainingService trainings;
    private final EnrollmentService enrollments;
    private final CooperativeService cooperatives;
    private final CurrentIdentityAssociation identity;

    public TrainingDemoDataLoader(ProgrammeService programmes, CallService calls, TrainingService trainings,
            EnrollmentService enrollments, CooperativeService cooperatives, CurrentIdentityAssociation identity) {
        this.programmes = programmes;
        this.calls = calls;
        this.trainings = trainings;
        this.enrollments = enrollments;
        this.cooperatives = cooperatives;
        this.identity = identity;
    }

    @ActivateRequestContext
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        DemoAdmin.actAs(identity);
        if (programmes.list(new ProgrammeFilter(), new PageParams(0, 1)).totalElements() > 0) {
            return;
        }
        String mourafaka = programmes.create(new ProgrammeFields("Mourafaka", "مرافقة", "Mourafaka support programme",
                "Accompagnement des coopératives nouvellement créées, et aide à la demande de financement Intelaka.",
                "مواكبة التعاونيات حديثة التأسيس والمساعدة على طلب تمويل انطلاقة.",
                "Support for newly created cooperatives, and help to apply for Intelaka financing.",
                "Office du Développement de la Coopération", "Intelaka", "https://www.intelaka.ma", true)).id();
        String digital = programmes.create(new ProgrammeFields("Compétition digitale des coopératives",
                "المنافسة الرقمية للتعاونيات", "Cooperatives' digital competition",
                "Formations à distance en e-commerce et e-marketing.", "تكوينات عن بعد في التجارة والتسويق الإلكترونيين.",
                "Remote training in e-commerce and e-marketing.", "Centre national de mise à niveau", null, null,
                true)).id();
        String lab = programmes.create(new ProgrammeFields("Apprendre en faisant", "التعلم بالممارسة", "Learning by doing",
                "Formation, partage et coaching.", "تكوين وتقاسم ومواكبة.", "Training, sharing and coaching.",
                "Incubateur coopératif", null, null, true)).id();

        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
        String souss = trainings.create(training(mourafaka, "Vendre en ligne", "البيع عبر الإنترنت", "Selling online",
                "ECOMMERCE", TrainingMode.ON_SITE, "MA-09", "Chambre d'agriculture, Agadir", TeachingLanguage.ary,
                day.plus(Duration.ofDays(14)), 25, 2)).id();
        trainings.create(training(digital, "Marketing digital", "التسويق الرقمي", "Digital marketing",
                "DIGITAL_MARKETING", TrainingMode.REMOTE, null, null, TeachingLanguage.fr, day.plus(Duration.ofDays(7)),
                100, 3));
        trainings.create(training(lab, "Vendre sur les réseaux sociaux", "البيع عبر شبكات التواصل الاجتماعي",
                "Social media selling", "SOCIAL_MEDIA_SELLING", TrainingMode.ON_SITE, "MA-07",
                "Dar Souiri, Essaouira", TeachingLanguage.ary, day.plus(Duration.ofDays(21)), 20, 2));
        trainings.create(training(lab, "Photographier ses produits", "تصوير المنتجات", "Product photography",
                "PRODUCT_PHOTOGRAPHY", TrainingMode.ON_SITE, "MA-08", "Maison des jeunes, Ouarzazate",
                TeachingLanguage.zgh, day.plus(Duration.ofDays(28)), 15, 2));
        trainings.create(training(digital, "Tenir sa comptabilité", "مسك الحسابات", "Bookkeeping", "BOOKKEEPING",
                TrainingMode.REMOTE, null, null, TeachingLanguage.ar, day.plus(Duration.ofDays(35)), 50, 2));
        trainings.create(training(mourafaka, "Préparer son dossier Intelaka", "إعداد ملف انطلاقة",
                "Preparing an Intelaka application", "FINANCING", TrainingMode.ON_SITE, "MA-04",
                "Délégation régionale, Rabat", TeachingLanguage.fr, day.plus(Duration.ofDays(42)), 30, 1));

        calls.create(mourafaka, new CallFields("Mourafaka, 4e tranche", "مرافقة، الشطر الرابع", "Mourafaka, 4th tranche",
                "Appel à manifestation d'intérêt pour 500 coopératives.", "دعوة لإبداء الاهتمام لفائدة 500 تعاونية.",
                "Call for expressions of interest for 500 cooperatives.", 500, day.minus(Duration.ofDays(5)),
                day.plus(Duration.ofDays(60)), null));
        calls.create(lab, new CallFields("Incubation des coopératives féminines", "احتضان التعاونيات النسوية",
                "Incubation of women's cooperatives", null, null, null, 50, day.minus(Duration.ofDays(1)),
                day.plus(Duration.ofDays(30)), new Eligibility(List.of("MA-08", "MA-09"), List.of(), true)));

        CooperativeFilter inSouss = new CooperativeFilter();
        inSouss.region = "MA-09";
        List<CooperativeView> soussCooperatives = cooperatives.list(inSouss, new PageParams(0, 3)).items();
        List<String> names = List.of("فاطمة أيت باها", "Khadija Oubella", "عائشة أمزيل", "Mina Ait Lahcen", "Brahim Idbouhou");
        for (int i = 0; i < names.size() && !soussCooperatives.isEmpty(); i++) {
            enrollments.enrol(souss, new EnrollmentFields(soussCooperatives.get(i % soussCooperatives.size()).id(),
                    names.get(i), String.format("+21266%07d", 1000 + i), i == 0 ? ParticipantRole.PRESIDENT
                            : ParticipantRole.MEMBER, i == 4 ? Gender.MALE : Gender.FEMALE));
        }
        LOG.info("Demo trainings loaded: 3 programmes, 6 trainings, 2 calls");
    }

    private static TrainingFields training(String programme, String fr, String ar, String en, String topic,
            TrainingMode mode, String region, String venue, TeachingLanguage language, Instant start, int capacity,
            int maxPerCooperative) {
        return new TrainingFields(programme, fr, ar, en, null, null, null, topic, mode, region, venue, language, start,
                start.plus(Duration.ofHours(7)), start.minus(Duration.ofDays(3)), capacity, maxPerCooperative);
    }
}
